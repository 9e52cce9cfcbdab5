package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.Noise;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.SchedulerConfig.Prediction;

/**
 * A "UNet" that is the exact denoiser of data x0 ~ N(μ, s²): E[x0 | x0 + σε] = (s²x + σ²μ)/(s² + σ²). Its
 * probability-flow ODE is solved in closed form, x(σ) − μ = (x_start − μ)·√((s² + σ²)/(s² + σ_start²)), so a
 * sampler's end point can be checked against the true one.
 */
final class GaussianData {

    final double mean;
    final double deviation;
    private final Prediction prediction;
    private final float[] trained;

    GaussianData(double mean, double deviation, Prediction prediction, Sampler sampler, SchedulerConfig config)
            throws DiffusionException {
        this.mean = mean;
        this.deviation = deviation;
        this.prediction = prediction;
        this.trained = NoiseSchedule.of(Params.resolve(sampler, config)).sigmas();
    }

    /** The model's output for its input {@code u} (x0 + σε scaled by 1/√(σ²+1)) at timestep {@code t}. */
    float[] predict(float[] u, double t) {
        double sigma = Sigmas.at(trained, t);
        double scale = Math.sqrt(sigma * sigma + 1);
        double s2 = deviation * deviation;
        float[] out = new float[u.length];
        for (int i = 0; i < u.length; i++) {
            double x = u[i] * scale;
            double denoised = (s2 * x + sigma * sigma * mean) / (s2 + sigma * sigma);
            double epsilon = (x - denoised) / sigma;
            out[i] = (float) switch (prediction) {
                case EPSILON -> epsilon;
                case V_PREDICTION -> (epsilon - sigma * denoised) / scale;
                case SAMPLE -> denoised;
            };
        }
        return out;
    }

    /** The sampler run from {@code noise}, every step, as a pipeline runs it; the final latents. */
    float[] sample(Scheduler scheduler, float[] noise, Noise stepNoise) {
        float[] t = scheduler.timesteps();
        float[] latents = noise.clone();
        for (int i = 0; i < latents.length; i++) {
            latents[i] *= scheduler.initNoiseSigma();
        }
        for (int step = 0; step < t.length; step++) {
            float[] output = predict(scheduler.scaleModelInput(latents, step), t[step]);
            latents = scheduler.step(output, step, latents, stepNoise);
        }
        return latents;
    }

    /** Where the exact ODE from the scheduler's first latents ends at σ = 0. */
    double[] exact(Scheduler scheduler, float[] noise) {
        float[] start = noise.clone();
        for (int i = 0; i < start.length; i++) {
            start[i] *= scheduler.initNoiseSigma();
        }
        float[] u = scheduler.scaleModelInput(start, 0);
        double sigma = Sigmas.at(trained, scheduler.timesteps()[0]);
        double shrink = deviation / Math.sqrt(deviation * deviation + sigma * sigma);
        double[] end = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            end[i] = mean + (u[i] * Math.sqrt(sigma * sigma + 1) - mean) * shrink;
        }
        return end;
    }
}
