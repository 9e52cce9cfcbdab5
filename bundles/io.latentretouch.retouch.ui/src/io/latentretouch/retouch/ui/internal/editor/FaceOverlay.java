package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import io.latentretouch.inference.models.Face;

/**
 * The faces on the canvas: each box (dashed for one drawn by hand) with its landmarks, and the box being drawn with
 * the face tool. The protected features come as an image overlay ({@link ScreenImages#FEATURES}).
 */
final class FaceOverlay {

    private static final int DOT = 3;

    private FaceOverlay() {
    }

    static void draw(GC gc, Viewport v, Iterable<Face> faces, Rectangle drawing) {
        Color yellow = gc.getDevice().getSystemColor(SWT.COLOR_YELLOW);
        gc.setForeground(yellow);
        gc.setBackground(yellow);
        gc.setLineWidth(2);
        for (Face f : faces) {
            gc.setLineStyle(f.manual() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int x = screenX(v, f.x());
            int y = screenY(v, f.y());
            gc.drawRectangle(x, y, screenX(v, f.x() + f.width()) - x, screenY(v, f.y() + f.height()) - y);
            for (Face.Point p : f.landmarks()) {
                gc.fillOval(screenX(v, p.x()) - DOT, screenY(v, p.y()) - DOT, 2 * DOT, 2 * DOT);
            }
        }
        gc.setLineStyle(SWT.LINE_DOT);
        if (drawing != null) {
            gc.drawRectangle(drawing);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private static int screenX(Viewport v, double x) {
        return (int) Math.round(v.offsetX + x * v.zoom);
    }

    private static int screenY(Viewport v, double y) {
        return (int) Math.round(v.offsetY + y * v.zoom);
    }
}
