package io.latentretouch.inference.models.internal.defaults;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** The reference inpainting: OpenCV's Telea method through Debian's python3-opencv, on 8-bit files. */
final class OpenCvTelea {

    static final String PYTHON = "/usr/bin/python3";

    private OpenCvTelea() {
    }

    static boolean available() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON, "-c", "import cv2").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    static PlanarImage inpaint(PlanarImage image, Mask hole, int radius, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("telea-in.png");
        Path mask = dir.resolve("telea-mask.png");
        Path out = dir.resolve("telea-out.png");
        ImageIO.write(rgb(image), "png", in.toFile());
        BufferedImage m = new BufferedImage(hole.width(), hole.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < hole.height(); y++) {
            for (int x = 0; x < hole.width(); x++) {
                m.getRaster().setSample(x, y, 0, hole.get(x, y) > 0 ? 255 : 0);
            }
        }
        ImageIO.write(m, "png", mask.toFile());
        Process p = new ProcessBuilder(PYTHON, "-c", "import cv2, sys\n"
                + "img = cv2.imread(sys.argv[1]); m = cv2.imread(sys.argv[2], cv2.IMREAD_GRAYSCALE)\n"
                + "cv2.imwrite(sys.argv[4], cv2.inpaint(img, m, int(sys.argv[3]), cv2.INPAINT_TELEA))",
                in.toString(), mask.toString(), Integer.toString(radius), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("OpenCV Telea failed: " + log);
        }
        BufferedImage result = ImageIO.read(out.toFile());
        PlanarImage img = PlanarImage.create(result.getWidth(), result.getHeight(), 3);
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                int rgb = result.getRGB(x, y);
                img.set(0, x, y, ((rgb >> 16) & 0xff) / 255f);
                img.set(1, x, y, ((rgb >> 8) & 0xff) / 255f);
                img.set(2, x, y, (rgb & 0xff) / 255f);
            }
        }
        return img;
    }

    private static BufferedImage rgb(PlanarImage image) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int r = Math.round(Math.max(0, Math.min(1, image.get(0, x, y))) * 255);
                int g = Math.round(Math.max(0, Math.min(1, image.get(1, x, y))) * 255);
                int bl = Math.round(Math.max(0, Math.min(1, image.get(2, x, y))) * 255);
                b.setRGB(x, y, r << 16 | g << 8 | bl);
            }
        }
        return b;
    }
}
