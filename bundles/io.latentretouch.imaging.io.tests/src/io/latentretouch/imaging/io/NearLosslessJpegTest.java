package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.testing.RealWorld;

/**
 * A JPEG variant of a real JPEG, with a region changed, is written with the source's own tables and subsampling:
 * outside the changed region (and the 8×8 blocks it touches) it stays within a hair of its source, a variant of the
 * variant too, and always closer than ImageMagick's re-save of the same file at the same quality and subsampling.
 * Full chroma (4:4:4) keeps ≥ 60 dB and ≥ 58 dB; subsampled chroma is limited by the decoder's chroma upsampling,
 * which a re-encoder cannot undo, so there the anchor is ImageMagick.
 */
class NearLosslessJpegTest {

    @TempDir
    Path dir;

    /** A JPEG as a studio receives it: the real photo saved by ImageMagick, or one of OpenCV's sample JPEGs as they come. */
    private Path source(String name, String quality, String sampling) throws Exception {
        if (!name.endsWith(".png")) {
            return Files.copy(RealWorld.photo(name), dir.resolve(name));
        }
        Path jpeg = dir.resolve(name.replace(".png", "-q" + quality + "-" + sampling + ".jpg"));
        Corpus.run(List.of("convert", RealWorld.photo(name).toString(), "-quality", quality, "-sampling-factor", sampling, jpeg.toString()));
        return jpeg;
    }

    @ParameterizedTest(name = "{0} q{1} {2}")
    @CsvSource({"astronaut.png,82,1x1,60,58", "astronaut.png,90,2x2,0,0", "starry_night.jpg,90,1x1,60,58", "fruits.jpg,92,2x1,0,0",
        "messi5.jpg,95,2x2,0,0"})
    void unchangedAreasSurviveTwoGenerations(String name, String quality, String sampling, double first, double second) throws Exception {
        Path src = source(name, quality, sampling);
        PlanarImage original = ImageFiles.read(src).pixels();
        int w = original.width();
        int h = original.height();
        Region changed = new Region(w * 3 / 8, h * 3 / 8, w / 4, h / 4);
        PlanarImage edited = original.copy();
        for (int c = 0; c < 3; c++) {
            for (int y = changed.y(); y < changed.y() + changed.height(); y++) {
                for (int x = changed.x(); x < changed.x() + changed.width(); x++) {
                    edited.set(c, x, y, 0.5f);
                }
            }
        }
        Region outside = changed.expand(16);
        Path gen1 = dir.resolve("gen1.jpg");
        ImageFiles.write(ImageFiles.read(src).withPixels(edited), gen1, WriteOptions.of(OutputFormat.JPEG).encodedLike(src, original));
        ImageDocument one = ImageFiles.read(gen1);
        Path gen2 = dir.resolve("gen2.jpg");
        ImageFiles.write(one, gen2, WriteOptions.of(OutputFormat.JPEG).encodedLike(gen1, one.pixels()));
        double ours1 = psnr(original, one.pixels(), outside);
        double ours2 = psnr(original, ImageFiles.read(gen2).pixels(), outside);

        Path im1 = dir.resolve("im1.jpg");
        Path im2 = dir.resolve("im2.jpg");
        Corpus.run(List.of("convert", src.toString(), "-quality", quality, "-sampling-factor", sampling, im1.toString()));
        Corpus.run(List.of("convert", im1.toString(), "-quality", quality, "-sampling-factor", sampling, im2.toString()));
        double magick1 = psnr(original, ImageFiles.read(im1).pixels(), null);
        double magick2 = psnr(original, ImageFiles.read(im2).pixels(), null);
        System.out.printf("| %s q%s %s | %.1f dB | %.1f dB | %.1f dB | %.1f dB |%n", name, quality, sampling, ours1, ours2, magick1, magick2);

        assertTrue(ours1 >= first && ours2 >= second, name + ": " + ours1 + " and " + ours2 + " dB outside the change");
        assertTrue(ours1 > magick1 && ours2 > magick2, name + ": ours " + ours1 + "/" + ours2 + " dB, ImageMagick's re-save " + magick1 + "/" + magick2);
    }

    /** PSNR over the pixels outside {@code hole} (all when null), on the 8-bit scale. */
    static double psnr(PlanarImage a, PlanarImage b, Region hole) {
        double se = 0;
        long n = 0;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    if (hole != null && hole.contains(x, y)) {
                        continue;
                    }
                    double d = (a.get(c, x, y) - b.get(c, x, y)) * 255;
                    se += d * d;
                    n++;
                }
            }
        }
        return se == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / (se / n));
    }
}
