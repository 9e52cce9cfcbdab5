package io.latentretouch.diffusion;

/** Classifier-free guidance and the guidance embedding of LCM UNets. */
public final class Guidance {

    private Guidance() {
    }

    /** {@code ε_u + g (ε_c − ε_u)}: the unconditional prediction pushed towards the prompt's by {@code scale}. */
    public static float[] combine(float[] unconditional, float[] conditional, float scale) {
        float[] out = new float[conditional.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = unconditional[i] + scale * (conditional[i] - unconditional[i]);
        }
        return out;
    }

    /**
     * Guidance rescale ("Common Diffusion Noise Schedules and Sample Steps Are Flawed", §3.4): the guided prediction
     * scaled to the conditional one's standard deviation, blended by {@code phi} (0.7 is the paper's), which keeps
     * high guidance from over-exposing. The arrays are one image's, so the deviations are that image's.
     */
    public static float[] rescale(float[] guided, float[] conditional, float phi) {
        double spread = deviation(guided);
        double factor = spread == 0 ? 1 : deviation(conditional) / spread;
        float[] out = new float[guided.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (phi * factor * guided[i] + (1 - phi) * guided[i]);
        }
        return out;
    }

    /**
     * LCM's {@code timestep_cond}: the sinusoidal embedding of {@code w = scale − 1} (times 1000) with {@code dim}
     * components, sines then cosines, a zero last when {@code dim} is odd.
     */
    public static float[] embedding(float scale, int dim) {
        double w = (scale - 1) * 1000.0;
        int half = dim / 2;
        double rate = Math.log(10000.0) / (half - 1);
        float[] out = new float[dim];
        for (int i = 0; i < half; i++) {
            double x = w * Math.exp(-rate * i);
            out[i] = (float) Math.sin(x);
            out[half + i] = (float) Math.cos(x);
        }
        return out;
    }

    private static double deviation(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }
}
