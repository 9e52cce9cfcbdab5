package io.latentretouch.diffusion;

import java.util.Random;

/**
 * Seeded unit Gaussian noise, reproducible on our own terms: {@link java.util.Random}'s Gaussian is specified to the
 * bit (polar method on {@code StrictMath}), so the same seed gives the same noise on every JVM. It does not match
 * torch's generator, so a seed from another tool does not reproduce its image. Not for concurrent use.
 */
public final class Noise {

    private final Random random;

    private Noise(long seed) {
        this.random = new Random(seed);
    }

    public static Noise seeded(long seed) {
        return new Noise(seed);
    }

    /** The next {@code count} values. */
    public float[] next(int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
