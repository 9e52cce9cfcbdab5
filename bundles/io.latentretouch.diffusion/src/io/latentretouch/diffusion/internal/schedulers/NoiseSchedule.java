package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;

/**
 * The trained noise schedule: betas, ᾱ (the cumulative product of 1 − β) and the sigmas √((1 − ᾱ)/ᾱ), in single
 * precision as diffusers keeps them, so our timesteps and sigmas are the ones the model was trained and shipped with.
 */
final class NoiseSchedule {

    private final float[] alphasCumprod;

    private NoiseSchedule(float[] alphasCumprod) {
        this.alphasCumprod = alphasCumprod;
    }

    static NoiseSchedule of(Params p) throws DiffusionException {
        float[] betas = betas(p);
        for (int i = 0; i < betas.length; i++) {
            if (!(betas[i] > 0 && betas[i] < 1)) {
                throw new DiffusionException(Code.INVALID, "beta " + i + " of the schedule is " + betas[i]
                        + ", expected a value in (0, 1)");
            }
        }
        if (p.zeroSnr()) {
            betas = zeroTerminalSnr(betas);
        }
        float[] cumprod = new float[betas.length];
        float product = 1f;
        for (int i = 0; i < betas.length; i++) {
            product *= 1f - betas[i];
            cumprod[i] = product;
        }
        return new NoiseSchedule(cumprod);
    }

    int length() {
        return alphasCumprod.length;
    }

    /** ᾱ at a trained timestep. */
    float alphaCumprod(int t) {
        return alphasCumprod[t];
    }

    /** σ at every trained timestep; the last one finite even when a zero-SNR schedule makes ᾱ there zero. */
    float[] sigmas() {
        float[] sigmas = new float[alphasCumprod.length];
        for (int i = 0; i < sigmas.length; i++) {
            float a = i == sigmas.length - 1 && alphasCumprod[i] == 0 ? 0x1p-24f : alphasCumprod[i];
            sigmas[i] = (float) Math.sqrt((1f - a) / a);
        }
        return sigmas;
    }

    private static float[] betas(Params p) throws DiffusionException {
        int n = p.trainSteps();
        if (p.trainedBetas() != null) {
            if (p.trainedBetas().length != n) {
                throw new DiffusionException(Code.INVALID, "trained_betas has " + p.trainedBetas().length
                        + " values, expected num_train_timesteps = " + n);
            }
            return toFloat(p.trainedBetas());
        }
        if (n < 2) {
            throw new DiffusionException(Code.INVALID, "num_train_timesteps is " + n + ", expected at least 2");
        }
        return switch (p.betaSchedule()) {
            case LINEAR -> toFloat(Spacings.linspace(p.betaStart(), p.betaEnd(), n));
            case SCALED_LINEAR -> squared(toFloat(Spacings.linspace(Math.sqrt(p.betaStart()), Math.sqrt(p.betaEnd()), n)));
            case SQUAREDCOS_CAP_V2 -> cosine(n);
        };
    }

    /** The "squaredcos_cap_v2" schedule: betas from ᾱ(t) = cos²((t + 0.008)/1.008 · π/2), capped at 0.999. */
    private static float[] cosine(int n) {
        float[] betas = new float[n];
        for (int i = 0; i < n; i++) {
            betas[i] = (float) Math.min(1 - cosineAlphaBar((i + 1.0) / n) / cosineAlphaBar((double) i / n), 0.999);
        }
        return betas;
    }

    private static double cosineAlphaBar(double t) {
        double c = Math.cos((t + 0.008) / 1.008 * Math.PI / 2);
        return c * c;
    }

    /** Rescaled so the last timestep is pure noise (Lin et al. 2023, algorithm 1). */
    private static float[] zeroTerminalSnr(float[] betas) {
        int n = betas.length;
        float[] sqrtBar = new float[n];
        float product = 1f;
        for (int i = 0; i < n; i++) {
            product *= 1f - betas[i];
            sqrtBar[i] = (float) Math.sqrt(product);
        }
        float first = sqrtBar[0];
        float last = sqrtBar[n - 1];
        float[] out = new float[n];
        float previous = 1f;
        for (int i = 0; i < n; i++) {
            float s = (sqrtBar[i] - last) * (first / (first - last));
            float bar = s * s;
            out[i] = i == 0 ? 1f - bar : 1f - bar / previous;
            previous = bar;
        }
        return out;
    }

    private static float[] squared(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] * values[i];
        }
        return values;
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
