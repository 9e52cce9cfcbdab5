package io.latentretouch.imaging;

/**
 * Reproducible, nearly Gaussian noise: the value at a pixel depends only on the seed and the pixel's position, so a
 * tile, a crop or the whole image get the same grain wherever they are computed. Each value is the sum of four
 * uniform variates taken from one 64-bit hash (Irwin–Hall), scaled to mean 0 and standard deviation 1: as good as
 * Gaussian for grain, and several times faster than Box–Muller. Thread-safe.
 */
public final class Noise {

    private Noise() {
    }

    /** √3 / 65536: scales a sum of four 16-bit uniforms, centred, to unit variance. */
    private static final float SCALE = (float) (Math.sqrt(3) / 65536);

    /** Noise of mean 0 and standard deviation 1 for the pixel (x, y) under {@code seed}. */
    public static float gaussian(long seed, int x, int y) {
        long h = mix(seed ^ x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL);
        long sum = (h & 0xffff) + ((h >>> 16) & 0xffff) + ((h >>> 32) & 0xffff) + (h >>> 48);
        return (sum - 2 * 65535.0f) * SCALE;
    }

    /** Noise for {@code region} of the image, row-major in a new array. */
    public static float[] gaussian(long seed, Region region) {
        float[] out = new float[Math.toIntExact(region.area())];
        fill(seed, region, out);
        return out;
    }

    /** Writes the noise of {@code region} row-major into the start of {@code into}, which must be large enough. */
    public static void fill(long seed, Region region, float[] into) {
        for (int y = 0, i = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                into[i++] = gaussian(seed, region.x() + x, region.y() + y);
            }
        }
    }

    /** The SplitMix64 finaliser: a fast, well-distributed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
