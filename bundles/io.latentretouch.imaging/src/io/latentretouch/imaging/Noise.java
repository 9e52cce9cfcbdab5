package io.latentretouch.imaging;

/**
 * Reproducible Gaussian noise: the value at a pixel depends only on the seed and the pixel's position, so a tile, a
 * crop or the whole image get the same grain wherever they are computed. Thread-safe.
 */
public final class Noise {

    private Noise() {
    }

    /** Standard normal noise for the pixel (x, y) under {@code seed}. */
    public static float gaussian(long seed, int x, int y) {
        long h = mix(seed ^ mix(((long) x << 32) ^ (y & 0xffffffffL)));
        // two 24-bit uniforms in (0, 1] -> Box-Muller
        double u1 = ((h >>> 40) + 1) / 16777217.0;
        double u2 = ((h >>> 16) & 0xffffff) / 16777216.0;
        return (float) (Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
    }

    /** Noise for {@code region} of the image, row-major in a new array. */
    public static float[] gaussian(long seed, Region region) {
        float[] out = new float[Math.toIntExact(region.area())];
        for (int y = 0, i = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                out[i++] = gaussian(seed, region.x() + x, region.y() + y);
            }
        }
        return out;
    }

    /** The SplitMix64 finaliser: a fast, well-distributed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
