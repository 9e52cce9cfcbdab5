package io.latentretouch.batch.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.io.AtomicFiles;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.Thumbnails;

/** A before/after contact sheet: one row per original, its variants beside it, each captioned, colour-managed. */
final class ContactSheet {

    static final int CELL = 280;
    private static final int CAPTION = 22;

    private ContactSheet() {
    }

    /**
     * @param rows each row's files, the original first
     * @param captions each column's caption
     */
    static void write(Path target, List<List<Path>> rows, List<String> captions) throws ImageIoException {
        int columns = captions.size();
        BufferedImage sheet = new BufferedImage(columns * CELL, rows.size() * (CELL + CAPTION), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x2b2b2b));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Path file = rows.get(r).get(c);
                int x = c * CELL;
                int y = r * (CELL + CAPTION);
                g.drawImage(thumbnail(file), x + 4, y + 4, null);
                g.setColor(Color.LIGHT_GRAY);
                g.drawString(captions.get(c) + (c == 0 ? ": " + file.getFileName() : ""), x + 6, y + CELL + 14);
            }
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(sheet, "png", png);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "cannot be encoded: " + e.getMessage(), e);
        }
        AtomicFiles.write(target, png.toByteArray(), true);
    }

    /** The file as an 8-bit sRGB thumbnail that fits a cell. */
    private static BufferedImage thumbnail(Path file) throws ImageIoException {
        ImageDocument t = Thumbnails.of(file, CELL - 8);
        int w = t.pixels().width();
        int h = t.pixels().height();
        byte[] rgb = new byte[w * h * 3];
        new ColorConverter(t.colorSpace()).toScreen(t.pixels(), 0, 0, w, h, rgb, w * 3);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < w * h; i++) {
            img.setRGB(i % w, i / w, (rgb[3 * i] & 0xff) << 16 | (rgb[3 * i + 1] & 0xff) << 8 | (rgb[3 * i + 2] & 0xff));
        }
        return img;
    }
}
