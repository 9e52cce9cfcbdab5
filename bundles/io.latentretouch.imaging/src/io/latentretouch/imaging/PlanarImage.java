package io.latentretouch.imaging;

import java.util.Arrays;

/**
 * A float image stored plane by plane (channel, then row, then column): the layout of an NCHW tensor with N = 1.
 * Values are in the image's own encoding, usually [0, 1]; nothing is clipped. The planes are exposed for speed and
 * shared, not copied. Not thread-safe for concurrent writes to the same pixels; any thread may use it.
 */
public final class PlanarImage {

    /** Largest pixel count one plane can hold (a Java array). */
    public static final long MAX_PIXELS = Integer.MAX_VALUE - 8;

    private final int width;
    private final int height;
    private final float[][] planes;

    private PlanarImage(int width, int height, float[][] planes) {
        this.width = width;
        this.height = height;
        this.planes = planes;
    }

    /**
     * A zeroed image.
     *
     * @throws IllegalArgumentException for a non-positive size, no channel, or more pixels than a plane can hold
     */
    public static PlanarImage create(int width, int height, int channels) {
        checkSize(width, height);
        if (channels < 1) {
            throw new IllegalArgumentException("An image needs at least one channel, got " + channels);
        }
        float[][] planes = new float[channels][];
        for (int c = 0; c < channels; c++) {
            planes[c] = new float[width * height];
        }
        return new PlanarImage(width, height, planes);
    }

    /** Wraps existing planes (not copied); each must hold {@code width * height} values. */
    public static PlanarImage wrap(int width, int height, float[]... planes) {
        checkSize(width, height);
        for (float[] p : planes) {
            if (p.length != width * height) {
                throw new IllegalArgumentException("Plane of " + p.length + " values does not fit " + width + "×" + height);
            }
        }
        return new PlanarImage(width, height, planes.clone());
    }

    /** @throws IllegalArgumentException naming the size when it is not positive or exceeds a plane */
    public static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("Image size " + width + "×" + height + " is outside 1×1 … " + MAX_PIXELS + " pixels");
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return planes.length;
    }

    public Region bounds() {
        return Region.of(width, height);
    }

    /** The live values of channel {@code c}, row-major. */
    public float[] plane(int c) {
        return planes[c];
    }

    public float get(int c, int x, int y) {
        return planes[c][y * width + x];
    }

    public void set(int c, int x, int y, float v) {
        planes[c][y * width + x] = v;
    }

    /** A deep copy. */
    public PlanarImage copy() {
        float[][] p = new float[planes.length][];
        for (int c = 0; c < p.length; c++) {
            p[c] = planes[c].clone();
        }
        return new PlanarImage(width, height, p);
    }

    /** A copy of {@code region}, which must lie inside the image. */
    public PlanarImage crop(Region region) {
        requireInside(region);
        PlanarImage out = create(region.width(), region.height(), channels());
        for (int c = 0; c < planes.length; c++) {
            for (int y = 0; y < region.height(); y++) {
                System.arraycopy(planes[c], (region.y() + y) * width + region.x(), out.planes[c], y * region.width(), region.width());
            }
        }
        return out;
    }

    /** Copies {@code source} into this image with its top-left corner at (x, y); channels must match. */
    public void paste(PlanarImage source, int x, int y) {
        requireInside(new Region(x, y, source.width, source.height));
        if (source.channels() != channels()) {
            throw new IllegalArgumentException("Cannot paste " + source.channels() + " channels into " + channels());
        }
        for (int c = 0; c < planes.length; c++) {
            for (int row = 0; row < source.height; row++) {
                System.arraycopy(source.planes[c], row * source.width, planes[c], (y + row) * width + x, source.width);
            }
        }
    }

    /** Sets every value of every channel. */
    public void fill(float value) {
        for (float[] p : planes) {
            Arrays.fill(p, value);
        }
    }

    private void requireInside(Region r) {
        if (r.isEmpty() || !bounds().intersect(r).equals(r)) {
            throw new IllegalArgumentException("Region " + r + " is not inside the " + width + "×" + height + " image");
        }
    }

    @Override
    public String toString() {
        return width + "×" + height + "×" + planes.length;
    }
}
