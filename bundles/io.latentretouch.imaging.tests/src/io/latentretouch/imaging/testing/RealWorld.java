package io.latentretouch.imaging.testing;

import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.PlanarImage;

/**
 * Real photographs for tests, from Debian packages: releng/real-world/fetch.sh puts them, checked against their pinned
 * SHA-256 (releng/real-world/files.sha256), into the folder the system property {@code lr.realworld} names, as the
 * build does before the tests run. A missing photo fails the test that wants it; it is never skipped.
 *
 * <ul>
 * <li>{@code astronaut.png}: 512×512, a NASA portrait (public domain), from python3-skimage;</li>
 * <li>{@code chelsea.png}, {@code coffee.png}: a cat, a cup of coffee (public domain / CC0), from python3-skimage;</li>
 * <li>{@code messi5.jpg} (a full-length sports shot), {@code left06.jpg} (a grey face in near profile with glasses, behind
 * a chessboard), {@code fruits.jpg}, {@code baboon.jpg}, {@code starry_night.jpg}: OpenCV's sample data, from
 * opencv-doc.</li>
 * </ul>
 */
public final class RealWorld {

    private RealWorld() {
    }

    /** The photo's file. @throws AssertionError saying how to fetch it when it is missing */
    public static Path photo(String name) {
        String root = System.getProperty("lr.realworld");
        if (root == null || !Files.isDirectory(Path.of(root))) {
            throw new AssertionError("The real-world photos are missing (system property lr.realworld = " + root
                    + "); run releng/real-world/fetch.sh, as the build does");
        }
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow(
                    () -> new AssertionError("No real-world photo " + name + " under " + root + "; see releng/real-world/files.sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The photo as RGB planes in [0, 1] of its own encoding (no colour conversion; grey repeated in each plane), decoded
     * by the JDK: a reader independent of ours.
     */
    public static PlanarImage read(String name) {
        try {
            Raster r = ImageIO.read(photo(name).toFile()).getRaster();
            float max = (1 << r.getSampleModel().getSampleSize(0)) - 1;
            PlanarImage img = PlanarImage.create(r.getWidth(), r.getHeight(), 3);
            for (int y = 0; y < r.getHeight(); y++) {
                for (int x = 0; x < r.getWidth(); x++) {
                    for (int c = 0; c < 3; c++) {
                        img.set(c, x, y, r.getSample(x, y, Math.min(c, r.getNumBands() - 1)) / max);
                    }
                }
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
