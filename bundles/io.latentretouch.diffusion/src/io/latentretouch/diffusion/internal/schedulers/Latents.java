package io.latentretouch.diffusion.internal.schedulers;

/** Element-wise arithmetic on flat latents, each result a new array. */
final class Latents {

    private Latents() {
    }

    /** {@code a·x + b·y}. */
    static float[] sum(double a, float[] x, double b, float[] y) {
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (a * x[i] + b * y[i]);
        }
        return out;
    }

    /** {@code a·x}. */
    static float[] scaled(double a, float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (a * x[i]);
        }
        return out;
    }

    /** Clipped to [−range, range] in place; returns {@code x}. */
    static float[] clip(float[] x, double range) {
        float r = (float) range;
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.clamp(x[i], -r, r);
        }
        return x;
    }
}
