package io.latentretouch.retouch.ui.internal.editor;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Region;

/**
 * One stroke of the mask brush: round dabs with a hardness falloff, adding to the mask or taking away up to the
 * stroke's opacity (passing over a pixel again does not build up beyond it), painted into the mask it is given (a copy
 * of the session's, so running jobs never see a half-painted mask).
 */
final class BrushStroke {

    private final Mask mask;
    private final boolean add;
    private final double radius;
    private final double hardness;
    private final double opacity;
    private Region touched = new Region(0, 0, 0, 0);
    private double lastX;
    private double lastY;

    /**
     * @param radius   in image pixels
     * @param hardness 0 (soft edge over the whole radius) … 1 (hard edge)
     * @param opacity  0 … 1, the most the stroke selects or deselects
     */
    BrushStroke(Mask mask, boolean add, double radius, double hardness, double opacity) {
        this.mask = mask;
        this.add = add;
        this.radius = Math.max(0.5, radius);
        this.hardness = Math.max(0, Math.min(1, hardness));
        this.opacity = Math.max(0, Math.min(1, opacity));
    }

    /** A dab at image point (x, y). */
    void dab(double x, double y) {
        lastX = x;
        lastY = y;
        int r = (int) Math.ceil(radius);
        Region area = new Region((int) Math.floor(x) - r, (int) Math.floor(y) - r, 2 * r + 2, 2 * r + 2).intersect(Region.of(mask.width(), mask.height()));
        float[] v = mask.values();
        for (int py = area.y(); py < area.bottom(); py++) {
            for (int px = area.x(); px < area.right(); px++) {
                double d = Math.hypot(px + 0.5 - x, py + 0.5 - y) / radius;
                if (d < 1) {
                    float strength = (float) (opacity * (d <= hardness ? 1 : 1 - (d - hardness) / (1 - hardness)));
                    int i = py * mask.width() + px;
                    v[i] = add ? Math.max(v[i], strength) : Math.min(v[i], 1 - strength);
                }
            }
        }
        touched = touched.union(area);
    }

    /** Dabs from the last dab to (x, y), a quarter radius apart, so a fast stroke stays continuous. */
    void lineTo(double x, double y) {
        double length = Math.hypot(x - lastX, y - lastY);
        int steps = Math.max(1, (int) Math.ceil(length / (radius / 4)));
        double x0 = lastX;
        double y0 = lastY;
        for (int i = 1; i <= steps; i++) {
            dab(x0 + (x - x0) * i / steps, y0 + (y - y0) * i / steps);
        }
    }

    /** The mask painted into. */
    Mask mask() {
        return mask;
    }

    /** The region the stroke changed. */
    Region touched() {
        return touched;
    }
}
