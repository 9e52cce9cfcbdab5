package io.latentretouch.catalog.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.testing.RealWorld;

/**
 * The grid's thumbnails of real files made by other tools, against libvips' {@code vipsthumbnail} of the same files:
 * Debian's photographs (a JPEG, an RGB PNG), and from them with ImageMagick and exiftool a palette PNG, a JPEG whose
 * EXIF says "rotate 90°" (pixels stored sideways) and a cut-out with an alpha channel. Same size and orientation, the
 * same picture block by block (8×8 blocks, mean difference of the blocks' means), and a cut-out's transparent part shown
 * over the checkerboard, not as whatever colour its transparent pixels hold.
 */
class ThumbnailRealFilesTest {

    private static final int BLOCKS = 8;

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws Exception {
        Files.copy(RealWorld.photo("messi5.jpg"), dir.resolve("messi5.jpg"));
        Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png"));
        run("convert", RealWorld.photo("chelsea.png").toString(), "-colors", "64", "PNG8:" + dir.resolve("palette.png"));
        run("exiftool", "-q", "-Orientation#=6", "-o", dir.resolve("rotated.jpg").toString(), RealWorld.photo("fruits.jpg").toString());
        run("convert", RealWorld.photo("coffee.png").toString(), "(", "+clone", "-fill", "black", "-colorize", "100", "-fill", "white", "-draw",
                "circle 300,200 300,40", ")", "-alpha", "off", "-compose", "copy_opacity", "-composite", dir.resolve("cutout.png").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messi5.jpg", "astronaut.png", "palette.png", "rotated.jpg", "cutout.png"})
    void theThumbnailIsVipsThumbnailsPicture(String name) throws Exception {
        Path file = dir.resolve(name);
        BufferedImage ours = ImageIO.read(new ByteArrayInputStream(ThumbnailMaker.make(file)));
        Path ref = dir.resolve("vips-" + name + ".png");
        run("vipsthumbnail", file.toString(), "-s", Integer.toString(ThumbnailMaker.SIZE), "-o", ref.toString());
        BufferedImage vips = ImageIO.read(ref.toFile());

        assertTrue(Math.abs(ours.getWidth() - vips.getWidth()) <= 1 && Math.abs(ours.getHeight() - vips.getHeight()) <= 1,
                name + ": ours " + ours.getWidth() + "×" + ours.getHeight() + ", vipsthumbnail's " + vips.getWidth() + "×" + vips.getHeight());
        double[][] a = blocks(ours);
        double[][] b = blocks(vips);
        double opaque = 0;
        int compared = 0;
        List<Double> transparent = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (b[i][3] < 0.02) {
                transparent.add((a[i][0] + a[i][1] + a[i][2]) / 3);
            } else if (b[i][3] > 0.98) {
                opaque += (Math.abs(a[i][0] - b[i][0]) + Math.abs(a[i][1] - b[i][1]) + Math.abs(a[i][2] - b[i][2])) / 3;
                compared++;
            }
        }
        double difference = opaque / compared;
        System.out.printf("thumbnail of %s: %d×%d (vipsthumbnail %d×%d), mean block difference %.2f of 255, %d transparent blocks%n", name,
                ours.getWidth(), ours.getHeight(), vips.getWidth(), vips.getHeight(), difference, transparent.size());
        assertTrue(difference <= 4, name + ": the blocks differ by " + difference + " of 255 on average");
        if (name.equals("cutout.png")) {
            assertTrue(transparent.size() >= 10, "the cut-out has transparent blocks: " + transparent.size());
            double checker = (ThumbnailMaker.CHECKER_DARK + ThumbnailMaker.CHECKER_LIGHT) / 2.0;
            for (double mean : transparent) {
                assertEquals(checker, mean, 8, "a transparent block shows the checkerboard");
            }
        } else {
            assertEquals(List.of(), transparent, name + " is opaque");
        }
    }

    /** Mean R, G, B (0..255) and alpha (0..1) of each of 8×8 blocks. */
    private static double[][] blocks(BufferedImage image) {
        double[][] sums = new double[BLOCKS * BLOCKS][5];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                double[] s = sums[y * BLOCKS / image.getHeight() * BLOCKS + x * BLOCKS / image.getWidth()];
                s[0] += argb >> 16 & 0xFF;
                s[1] += argb >> 8 & 0xFF;
                s[2] += argb & 0xFF;
                s[3] += (argb >>> 24) / 255.0;
                s[4]++;
            }
        }
        for (double[] s : sums) {
            for (int c = 0; c < 4; c++) {
                s[c] /= s[4];
            }
        }
        return sums;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed (install imagemagick, libimage-exiftool-perl, libvips-tools): " + out);
    }
}
