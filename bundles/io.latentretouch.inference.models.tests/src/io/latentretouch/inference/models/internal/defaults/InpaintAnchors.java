package io.latentretouch.inference.models.internal.defaults;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * The reference inpaintings, on 8-bit files: OpenCV's Telea and Navier-Stokes methods through Debian's python3-opencv,
 * and G'MIC's patch-based {@code -inpaint}. Each is given the photo with the hole painted grey.
 */
public final class InpaintAnchors {

    public static final String PYTHON = "/usr/bin/python3";
    public static final String GMIC = "/usr/bin/gmic";

    /** An anchor's result and its wall time, process start included. */
    public record Run(PlanarImage image, double millis) {
    }

    private InpaintAnchors() {
    }

    public static boolean openCvAvailable() throws IOException, InterruptedException {
        return Files.isExecutable(Path.of(PYTHON)) && exec(List.of(PYTHON, "-c", "import cv2"), false);
    }

    public static boolean gmicAvailable() {
        return Files.isExecutable(Path.of(GMIC));
    }

    public static Run telea(PlanarImage image, Mask hole, int radius, Path dir) throws IOException, InterruptedException {
        return openCv("INPAINT_TELEA", image, hole, radius, dir);
    }

    public static Run navierStokes(PlanarImage image, Mask hole, int radius, Path dir) throws IOException, InterruptedException {
        return openCv("INPAINT_NS", image, hole, radius, dir);
    }

    /** G'MIC's patch-based inpainting, 7-pixel patches looked up 16 pixels around (its plugin's defaults). */
    public static Run gmic(PlanarImage image, Mask hole, Path dir) throws IOException, InterruptedException {
        Path[] files = write(image, hole, dir, "gmic");
        long start = System.nanoTime();
        run(List.of(GMIC, "-v", "-1", files[0].toString(), files[1].toString(), "-inpaint[0]", "[1],7,16", "-keep[0]", "-o", files[2].toString()));
        return new Run(read(files[2]), (System.nanoTime() - start) / 1e6);
    }

    private static Run openCv(String method, PlanarImage image, Mask hole, int radius, Path dir) throws IOException, InterruptedException {
        Path[] files = write(image, hole, dir, method);
        long start = System.nanoTime();
        run(List.of(PYTHON, "-c", "import cv2, sys\n"
                + "img = cv2.imread(sys.argv[1]); m = cv2.imread(sys.argv[2], cv2.IMREAD_GRAYSCALE)\n"
                + "cv2.imwrite(sys.argv[4], cv2.inpaint(img, m, int(sys.argv[3]), cv2." + method + "))",
                files[0].toString(), files[1].toString(), Integer.toString(radius), files[2].toString()));
        return new Run(read(files[2]), (System.nanoTime() - start) / 1e6);
    }

    /** The photo with its hole painted grey, the mask (255 = hole) and the output's name. */
    private static Path[] write(PlanarImage image, Mask hole, Path dir, String name) throws IOException {
        Path in = dir.resolve(name + "-in.png");
        Path mask = dir.resolve(name + "-mask.png");
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        BufferedImage m = new BufferedImage(hole.width(), hole.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                boolean inHole = hole.get(x, y) > 0;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    rgb = rgb << 8 | (inHole ? 128 : Math.round(Math.max(0, Math.min(1, image.get(c, x, y))) * 255));
                }
                b.setRGB(x, y, rgb);
                m.getRaster().setSample(x, y, 0, inHole ? 255 : 0);
            }
        }
        ImageIO.write(b, "png", in.toFile());
        ImageIO.write(m, "png", mask.toFile());
        return new Path[] {in, mask, dir.resolve(name + "-out.png")};
    }

    private static PlanarImage read(Path file) throws IOException {
        BufferedImage result = ImageIO.read(file.toFile());
        PlanarImage img = PlanarImage.create(result.getWidth(), result.getHeight(), 3);
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                int rgb = result.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    img.set(c, x, y, ((rgb >> (16 - 8 * c)) & 0xff) / 255f);
                }
            }
        }
        return img;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        if (!exec(command, true)) {
            throw new IOException(command.get(0) + " failed");
        }
    }

    private static boolean exec(List<String> command, boolean log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!ok && log) {
            System.out.println(String.join(" ", command) + ":\n" + out);
        }
        return ok;
    }
}
