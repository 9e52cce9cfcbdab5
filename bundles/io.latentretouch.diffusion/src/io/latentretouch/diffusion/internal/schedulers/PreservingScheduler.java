package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Scheduler;

/**
 * The samplers that work on variance-preserving latents x = √ᾱ x0 + √(1 − ᾱ) ε (DDIM, DPM-Solver, LCM): noise starts
 * at scale 1, the UNet sees the latents as they are, and noising to a step needs only that step's ᾱ.
 */
abstract class PreservingScheduler implements Scheduler {

    final Params params;
    final NoiseSchedule schedule;
    final float[] timesteps;

    PreservingScheduler(Params params, NoiseSchedule schedule, float[] timesteps) {
        this.params = params;
        this.schedule = schedule;
        this.timesteps = timesteps;
    }

    /** ᾱ at the level step {@code step} begins from: the trained one at its timestep. */
    double alphaCumprod(int step) {
        return schedule.alphaCumprod((int) timesteps[step]);
    }

    @Override
    public final float[] timesteps() {
        return timesteps.clone();
    }

    @Override
    public final float initNoiseSigma() {
        return 1f;
    }

    @Override
    public final float[] scaleModelInput(float[] sample, int step) {
        return sample.clone();
    }

    @Override
    public final float[] addNoise(float[] original, float[] noise, int step) {
        double alpha = alphaCumprod(step);
        return Latents.sum(Math.sqrt(alpha), original, Math.sqrt(1 - alpha), noise);
    }
}
