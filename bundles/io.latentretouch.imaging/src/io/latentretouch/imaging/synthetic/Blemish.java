package io.latentretouch.imaging.synthetic;

import io.latentretouch.imaging.PlanarImage;

/**
 * A planted spot: a Gaussian darkening of the skin.
 *
 * @param x      centre, pixels
 * @param y      centre, pixels
 * @param radius standard deviation of the spot, pixels
 * @param depth  how much darker the centre is (fraction of the skin value)
 */
public record Blemish(int x, int y, double radius, double depth) {

    /** How much darker the spot's core is than the ring around it (3 to 5 radii out), in luma: 0 once it is gone. */
    public double contrastIn(PlanarImage img) {
        double core = 0;
        double ring = 0;
        int nc = 0;
        int nr = 0;
        int r = (int) Math.ceil(5 * radius);
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                double d = Math.hypot(dx, dy);
                double v = Measures.luma(img, x + dx, y + dy);
                if (d <= radius) {
                    core += v;
                    nc++;
                } else if (d >= 3 * radius) {
                    ring += v;
                    nr++;
                }
            }
        }
        return ring / nr - core / nc;
    }
}
