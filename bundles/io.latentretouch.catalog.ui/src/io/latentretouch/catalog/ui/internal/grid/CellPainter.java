package io.latentretouch.catalog.ui.internal.grid;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Label;
import io.latentretouch.catalog.ui.internal.Messages;

/**
 * Draws one cell: the thumbnail fitted in its box (or a placeholder saying why there is none), a badge with the stack's
 * size and whether the pick is a variant, an AI badge, the rating, the colour label and the name; selected and focused
 * cells are framed. Colours as a dark Library's (the picture, not the chrome, is what is judged).
 */
final class CellPainter {

    private static final int BOX = 168;
    private static final int MARGIN = 8;

    private final Color background;
    private final Color cellBackground;
    private final Color selected;
    private final Color text;
    private final Color dim;
    private final Color badge;
    private final Color ai;
    private final Color[] labels;
    private final Font small;

    CellPainter(Display d) {
        background = new Color(d, 40, 40, 40);
        cellBackground = new Color(d, 58, 58, 58);
        selected = new Color(d, 110, 110, 110);
        text = new Color(d, 230, 230, 230);
        dim = new Color(d, 150, 150, 150);
        badge = new Color(d, 20, 20, 20);
        ai = new Color(d, 200, 80, 190);
        labels = new Color[] {null, new Color(d, 220, 50, 50), new Color(d, 230, 200, 40), new Color(d, 60, 180, 70), new Color(d, 60, 110, 230),
                new Color(d, 150, 80, 200)};
        FontData f = d.getSystemFont().getFontData()[0];
        small = new Font(d, f.getName(), Math.max(7, f.getHeight() - 1), SWT.NORMAL);
    }

    Color background() {
        return background;
    }

    /** Where the stack badge is: a click there expands or collapses the stack. */
    static Rectangle badge(Rectangle cell) {
        return new Rectangle(cell.x + MARGIN, cell.y + MARGIN, 44, 18);
    }

    void paint(GC gc, Rectangle r, Cell cell, Image image, ThumbnailCache cache, boolean isSelected, boolean isFocus) {
        gc.setBackground(isSelected ? selected : cellBackground);
        gc.fillRectangle(r.x + 2, r.y + 2, r.width - 4, r.height - 4);
        gc.setFont(small);
        int boxX = r.x + (r.width - BOX) / 2;
        int boxY = r.y + MARGIN;
        if (cell == null) {
            return;
        }
        String sha = cell.file().facts().sha256();
        if (image != null) {
            Rectangle b = image.getBounds();
            double s = Math.min((double) BOX / b.width, (double) BOX / b.height);
            int w = (int) Math.round(b.width * s);
            int h = (int) Math.round(b.height * s);
            gc.drawImage(image, 0, 0, b.width, b.height, boxX + (BOX - w) / 2, boxY + (BOX - h) / 2, w, h);
        } else {
            gc.setForeground(dim);
            String why = cache.offline(sha) ? Messages.gridOffline : cache.unreadable(sha) ? Messages.gridUnreadable : "";
            gc.drawString(why, boxX + 6, boxY + BOX / 2 - 8, true);
        }
        badges(gc, r, cell, cache.offline(sha));
        caption(gc, r, cell.pick());
        if (isFocus) {
            gc.setForeground(text);
            gc.drawRectangle(r.x + 2, r.y + 2, r.width - 5, r.height - 5);
        }
    }

    private void badges(GC gc, Rectangle r, Cell cell, boolean offline) {
        if (cell.members() > 1) {
            Rectangle b = badge(r);
            gc.setBackground(badge);
            gc.fillRoundRectangle(b.x, b.y, b.width, b.height, 6, 6);
            gc.setForeground(text);
            String pick = cell.pick().kind() == Asset.Kind.VARIANT ? Messages.gridPickVariant : Messages.gridPickOriginal;
            gc.drawString(cell.members() + " " + pick, b.x + 4, b.y + 1, true);
        }
        if (cell.ai()) {
            gc.setBackground(ai);
            gc.fillRoundRectangle(r.x + r.width - MARGIN - 26, r.y + MARGIN, 26, 18, 6, 6);
            gc.setForeground(text);
            gc.drawString(Messages.gridAi, r.x + r.width - MARGIN - 22, r.y + MARGIN + 1, true);
        }
        if (offline) {
            gc.setForeground(dim);
            gc.drawString(Messages.gridOffline, r.x + MARGIN, r.y + MARGIN + BOX - 16, true);
        }
    }

    private void caption(GC gc, Rectangle r, Asset a) {
        int y = r.y + MARGIN + BOX + 4;
        Color label = labels[a.label().ordinal()];
        if (a.label() != Label.NONE) {
            gc.setBackground(label);
            gc.fillRectangle(r.x + MARGIN, y + 3, 10, 10);
        }
        gc.setForeground(a.rating() < 0 ? dim : text);
        String stars = a.rating() < 0 ? Messages.gridRejected : "\u2605".repeat(a.rating()) + "\u00b7".repeat(5 - a.rating());
        gc.drawString(stars, r.x + MARGIN + 14, y, true);
        gc.setForeground(dim);
        gc.drawString(shortened(gc, a.name(), r.width - 2 * MARGIN), r.x + MARGIN, y + 16, true);
    }

    private static String shortened(GC gc, String name, int width) {
        if (gc.textExtent(name).x <= width) {
            return name;
        }
        String s = name;
        while (s.length() > 1 && gc.textExtent(s + "\u2026").x > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    void dispose() {
        for (Color c : new Color[] {background, cellBackground, selected, text, dim, badge, ai}) {
            c.dispose();
        }
        for (int i = 1; i < labels.length; i++) {
            labels[i].dispose();
        }
        small.dispose();
    }
}
