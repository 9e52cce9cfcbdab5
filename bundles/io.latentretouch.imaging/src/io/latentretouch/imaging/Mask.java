package io.latentretouch.imaging;

import java.util.Arrays;

/**
 * A soft selection: one value per pixel in [0, 1], 1 selected, 0 untouched. Operations change pixels in proportion to
 * the mask, so pixels where it is 0 stay bit-identical. The values are exposed for speed and shared.
 */
public final class Mask {

    private final int width;
    private final int height;
    private final float[] values;

    private Mask(int width, int height, float[] values) {
        this.width = width;
        this.height = height;
        this.values = values;
    }

    /** An empty (all zero) mask. */
    public static Mask empty(int width, int height) {
        PlanarImage.checkSize(width, height);
        return new Mask(width, height, new float[width * height]);
    }

    /** A mask selecting everything. */
    public static Mask full(int width, int height) {
        Mask m = empty(width, height);
        Arrays.fill(m.values, 1f);
        return m;
    }

    /** Wraps values (not copied); they must be {@code width * height} and are assumed in [0, 1]. */
    public static Mask wrap(int width, int height, float[] values) {
        PlanarImage.checkSize(width, height);
        if (values.length != width * height) {
            throw new IllegalArgumentException("Mask of " + values.length + " values does not fit " + width + "×" + height);
        }
        return new Mask(width, height, values);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The live values, row-major. */
    public float[] values() {
        return values;
    }

    public float get(int x, int y) {
        return values[y * width + x];
    }

    /** The mask as a one-channel image sharing its values. */
    public PlanarImage asImage() {
        return PlanarImage.wrap(width, height, values);
    }

    /** Whether no pixel is selected at all. */
    public boolean isEmpty() {
        for (float v : values) {
            if (v > 0) {
                return false;
            }
        }
        return true;
    }

    /** The smallest region holding every selected pixel; empty when nothing is selected. */
    public Region bounds() {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0, i = y * width; x < width; x++, i++) {
                if (values[i] > 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        return x1 < 0 ? new Region(0, 0, 0, 0) : new Region(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** Fraction of the image selected, weighted by the mask values. */
    public double coverage() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
