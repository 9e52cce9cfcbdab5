package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.SchedulerConfig.Prediction;

/**
 * The denoised sample x̂0 from the UNet's output, for the samplers that work on x = α·x0 + σ·ε with α = √ᾱ and
 * σ = √(1 − ᾱ) (DDIM, DPM-Solver, LCM).
 */
final class Predictions {

    private Predictions() {
    }

    static float[] original(Prediction type, float[] output, float[] sample, double alpha, double sigma) {
        return switch (type) {
            case EPSILON -> Latents.sum(1 / alpha, sample, -sigma / alpha, output);
            case V_PREDICTION -> Latents.sum(alpha, sample, -sigma, output);
            case SAMPLE -> output.clone();
        };
    }

    /** The noise ε the output implies, for DDIM's direction term. */
    static float[] epsilon(Prediction type, float[] output, float[] sample, float[] original, double alpha,
            double sigma) {
        return switch (type) {
            case EPSILON -> output.clone();
            case V_PREDICTION -> Latents.sum(alpha, output, sigma, sample);
            case SAMPLE -> Latents.sum(1 / sigma, sample, -alpha / sigma, original);
        };
    }
}
