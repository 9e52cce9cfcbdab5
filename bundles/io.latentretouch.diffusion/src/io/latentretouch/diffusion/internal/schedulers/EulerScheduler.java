package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Noise;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.diffusion.SchedulerConfig.Prediction;
import io.latentretouch.diffusion.SchedulerConfig.Spacing;

/**
 * Euler and Euler ancestral on the variance-exploding latents x = x0 + σ ε: the UNet sees {@code x/√(σ²+1)}, a step
 * follows the derivative {@code (x − x̂0)/σ} to the next σ, and the ancestral one stops short at σ_down and adds
 * σ_up of fresh noise.
 */
final class EulerScheduler implements Scheduler {

    private final Params params;
    private final float[] timesteps;
    private final float[] sigmas;
    private final boolean ancestral;

    /** @param sigmas one per step and a final one, the σ each step ends at */
    EulerScheduler(Params params, float[] timesteps, float[] sigmas, boolean ancestral) {
        this.params = params;
        this.timesteps = timesteps;
        this.sigmas = sigmas;
        this.ancestral = ancestral;
    }

    @Override
    public float[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public float initNoiseSigma() {
        float max = 0;
        for (float s : sigmas) {
            max = Math.max(max, s);
        }
        boolean noisedToSigma = params.spacing() == Spacing.LINSPACE || params.spacing() == Spacing.TRAILING;
        return noisedToSigma ? max : (float) Math.sqrt(max * max + 1);
    }

    @Override
    public float[] scaleModelInput(float[] sample, int step) {
        double sigma = sigmas[step];
        return Latents.scaled(1 / Math.sqrt(sigma * sigma + 1), sample);
    }

    @Override
    public float[] step(float[] modelOutput, int step, float[] sample, Noise noise) {
        double sigma = sigmas[step];
        double next = sigmas[step + 1];
        float[] original = original(modelOutput, sample, sigma);
        double up = 0;
        if (ancestral) {
            up = Math.sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
            next = Math.sqrt(next * next - up * up);
        }
        // x + (x − x̂0)/σ · (σ_next − σ)
        double dt = (next - sigma) / sigma;
        float[] out = Latents.sum(1 + dt, sample, -dt, original);
        if (up > 0) {
            float[] z = noise.next(out.length);
            for (int i = 0; i < out.length; i++) {
                out[i] += (float) (up * z[i]);
            }
        }
        return out;
    }

    private float[] original(float[] output, float[] sample, double sigma) {
        Prediction type = params.prediction();
        return switch (type) {
            case EPSILON -> Latents.sum(1, sample, -sigma, output);
            case V_PREDICTION -> Latents.sum(1 / (sigma * sigma + 1), sample, -sigma / Math.sqrt(sigma * sigma + 1),
                    output);
            case SAMPLE -> output.clone();
        };
    }

    @Override
    public float[] addNoise(float[] original, float[] noise, int step) {
        return Latents.sum(1, original, sigmas[step], noise);
    }
}
