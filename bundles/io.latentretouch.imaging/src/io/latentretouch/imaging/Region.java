package io.latentretouch.imaging;

/**
 * A rectangle of pixels: {@code [x, x + width) × [y, y + height)}. Empty when width or height is 0.
 *
 * @throws IllegalArgumentException on a negative size
 */
public record Region(int x, int y, int width, int height) {

    public Region {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Region size must not be negative: " + width + "×" + height);
        }
    }

    /** The region of a whole image. */
    public static Region of(int width, int height) {
        return new Region(0, 0, width, height);
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public long area() {
        return (long) width * height;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    /** The overlap of both regions, possibly empty. */
    public Region intersect(Region o) {
        int x0 = Math.max(x, o.x);
        int y0 = Math.max(y, o.y);
        int x1 = Math.min(right(), o.right());
        int y1 = Math.min(bottom(), o.bottom());
        return x1 <= x0 || y1 <= y0 ? new Region(x0, y0, 0, 0) : new Region(x0, y0, x1 - x0, y1 - y0);
    }

    /** The smallest region holding both; an empty region does not count. */
    public Region union(Region o) {
        if (isEmpty()) {
            return o;
        }
        if (o.isEmpty()) {
            return this;
        }
        int x0 = Math.min(x, o.x);
        int y0 = Math.min(y, o.y);
        return new Region(x0, y0, Math.max(right(), o.right()) - x0, Math.max(bottom(), o.bottom()) - y0);
    }

    /** Grown by {@code margin} on every side (shrunk for a negative margin), not clipped. */
    public Region expand(int margin) {
        int w = Math.max(0, width + 2 * margin);
        int h = Math.max(0, height + 2 * margin);
        return new Region(x - margin, y - margin, w, h);
    }
}
