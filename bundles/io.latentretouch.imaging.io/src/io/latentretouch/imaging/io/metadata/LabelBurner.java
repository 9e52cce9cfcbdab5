package io.latentretouch.imaging.io.metadata;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import io.latentretouch.imaging.PlanarImage;

/**
 * Burns visible labels into an export copy: white text on a dark band in the lower left corner, scaled with the
 * image. Only the band's pixels change.
 */
public final class LabelBurner {

    private LabelBurner() {
    }

    /** A copy of {@code image} with the labels, one per line; the image itself is not changed. */
    public static PlanarImage burn(PlanarImage image, List<String> labels) {
        PlanarImage out = image.copy();
        if (labels.isEmpty()) {
            return out;
        }
        int size = Math.max(10, Math.min(image.width(), image.height()) / 28);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        FontMetrics metrics = probe.createGraphics().getFontMetrics(font);
        int pad = size / 2;
        int width = Math.min(image.width(), labels.stream().mapToInt(metrics::stringWidth).max().orElse(0) + 2 * pad);
        int height = Math.min(image.height(), labels.size() * metrics.getHeight() + 2 * pad);
        BufferedImage band = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = band.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0, 0, 0, 170));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(font);
        for (int i = 0; i < labels.size(); i++) {
            g.drawString(labels.get(i), pad, pad + metrics.getAscent() + i * metrics.getHeight());
        }
        g.dispose();
        int x0 = 0;
        int y0 = image.height() - height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = band.getRGB(x, y);
                float a = (argb >>> 24) / 255f;
                for (int c = 0; c < 3; c++) {
                    float v = ((argb >> (16 - 8 * c)) & 0xff) / 255f;
                    int i = (y0 + y) * image.width() + x0 + x;
                    out.plane(c)[i] = out.plane(c)[i] * (1 - a) + v * a;
                }
            }
        }
        return out;
    }
}
