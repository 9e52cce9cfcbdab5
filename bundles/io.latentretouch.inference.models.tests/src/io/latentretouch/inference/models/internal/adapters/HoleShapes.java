package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Mask;

/** Hole masks of the kinds a retoucher paints: dots, blobs, squares, thin strokes. */
final class HoleShapes {

    private HoleShapes() {
    }

    /** Discs of a radius at the given centres (x, y, x, y, …). */
    static Mask dots(int w, int h, int radius, int... centres) {
        Mask m = Mask.empty(w, h);
        for (int k = 0; k < centres.length; k += 2) {
            paint(m, centres[k], centres[k + 1], radius, radius);
        }
        return m;
    }

    static Mask ellipse(int w, int h, int cx, int cy, int rx, int ry) {
        Mask m = Mask.empty(w, h);
        paint(m, cx, cy, rx, ry);
        return m;
    }

    static Mask rectangle(int w, int h, int x0, int y0, int width, int height) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                m.values()[y * w + x] = 1f;
            }
        }
        return m;
    }

    /** A sine stroke {@code y = base + amplitude sin(x / period)} from x0 to x1, {@code 2 half + 1} pixels thick. */
    static Mask curve(int w, int h, int x0, int x1, int base, double amplitude, double period, double half) {
        Mask m = Mask.empty(w, h);
        for (int x = x0; x <= x1; x++) {
            double yc = base + amplitude * Math.sin(x / period);
            for (int y = (int) Math.floor(yc - half - 1); y <= Math.ceil(yc + half + 1); y++) {
                double slope = amplitude / period * Math.cos(x / period);
                if (Math.abs(y - yc) / Math.sqrt(1 + slope * slope) <= half) {
                    m.values()[y * w + x] = 1f;
                }
            }
        }
        return m;
    }

    private static void paint(Mask m, int cx, int cy, int rx, int ry) {
        for (int y = cy - ry; y <= cy + ry; y++) {
            for (int x = cx - rx; x <= cx + rx; x++) {
                double dx = (x - cx) / (double) rx;
                double dy = (y - cy) / (double) ry;
                if (dx * dx + dy * dy <= 1) {
                    m.values()[y * m.width() + x] = 1f;
                }
            }
        }
    }
}
