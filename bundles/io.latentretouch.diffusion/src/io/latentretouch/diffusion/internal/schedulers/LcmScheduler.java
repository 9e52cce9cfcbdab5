package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Noise;

/**
 * The latent consistency sampler: each step maps to the consistency model's x̂0 with the boundary scalings
 * c_skip, c_out (σ_data = 0.5, timesteps scaled by {@code timestep_scaling}) and, except at the last step, noises it
 * again to the next timestep with fresh noise.
 */
final class LcmScheduler extends PreservingScheduler {

    private static final double SIGMA_DATA = 0.5;

    LcmScheduler(Params params, NoiseSchedule schedule, float[] timesteps) {
        super(params, schedule, timesteps);
    }

    @Override
    public float[] step(float[] modelOutput, int step, float[] sample, Noise noise) {
        int t = (int) timesteps[step];
        double alpha = schedule.alphaCumprod(t);
        float[] original = Predictions.original(params.prediction(), modelOutput, sample, Math.sqrt(alpha),
                Math.sqrt(1 - alpha));
        if (params.clipSample()) {
            Latents.clip(original, params.clipSampleRange());
        }
        double scaled = t * params.timestepScaling();
        double skip = SIGMA_DATA * SIGMA_DATA / (scaled * scaled + SIGMA_DATA * SIGMA_DATA);
        double out = scaled / Math.sqrt(scaled * scaled + SIGMA_DATA * SIGMA_DATA);
        float[] denoised = Latents.sum(out, original, skip, sample);
        if (step == timesteps.length - 1) {
            return denoised;
        }
        double next = schedule.alphaCumprod((int) timesteps[step + 1]);
        return Latents.sum(Math.sqrt(next), denoised, Math.sqrt(1 - next), noise.next(denoised.length));
    }
}
