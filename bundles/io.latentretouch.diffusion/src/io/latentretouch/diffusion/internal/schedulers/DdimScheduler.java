package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Noise;

/**
 * DDIM with η = 0: {@code x_prev = √ᾱprev x̂0 + √(1 − ᾱprev) ε}. The step before timestep 0 uses ᾱ = 1 or ᾱ[0] as
 * {@code set_alpha_to_one} says; the previous timestep is {@code t − T/N} whatever the spacing, as in diffusers.
 */
final class DdimScheduler extends PreservingScheduler {

    DdimScheduler(Params params, NoiseSchedule schedule, float[] timesteps) {
        super(params, schedule, timesteps);
    }

    @Override
    public float[] step(float[] modelOutput, int step, float[] sample, Noise noise) {
        int t = (int) timesteps[step];
        int previous = t - params.trainSteps() / timesteps.length;
        double alpha = schedule.alphaCumprod(t);
        double alphaPrevious = previous >= 0 ? schedule.alphaCumprod(previous)
                : params.setAlphaToOne() ? 1.0 : schedule.alphaCumprod(0);
        double a = Math.sqrt(alpha);
        double s = Math.sqrt(1 - alpha);
        float[] original = Predictions.original(params.prediction(), modelOutput, sample, a, s);
        float[] epsilon = Predictions.epsilon(params.prediction(), modelOutput, sample, original, a, s);
        if (params.clipSample()) {
            Latents.clip(original, params.clipSampleRange());
        }
        return Latents.sum(Math.sqrt(alphaPrevious), original, Math.sqrt(1 - alphaPrevious), epsilon);
    }
}
