package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Noise;
import io.latentretouch.diffusion.SchedulerConfig.FinalSigmas;

/**
 * DPM-Solver++ 2M (midpoint) on x = α x0 + σ ε with α = 1/√(σ²+1), in λ = log α − log σ: the first step, a step
 * not preceded by its predecessor and the last step as diffusers' {@code lower_order_final} says are first order, the
 * rest use the previous step's x̂0 too.
 */
final class DpmSolverScheduler extends PreservingScheduler {

    private static final int SHORT_RUN = 15;

    private final float[] sigmas;
    private float[] previousOriginal;
    private int previousStep = -2;

    /** @param sigmas one per step and a final one (zero, or the smallest trained σ) */
    DpmSolverScheduler(Params params, NoiseSchedule schedule, float[] timesteps, float[] sigmas) {
        super(params, schedule, timesteps);
        this.sigmas = sigmas;
    }

    @Override
    public float[] step(float[] modelOutput, int step, float[] sample, Noise noise) {
        double from = sigmas[step];
        double to = sigmas[step + 1];
        float[] original = Predictions.original(params.prediction(), modelOutput, sample, alpha(from),
                alpha(from) * from);
        // h = λ_to − λ_from; e^−h = σ_to/σ_from in the variance-exploding sigmas
        double decay = to / from;
        double alphaTo = alpha(to);
        double ratio = alphaTo * to / (alpha(from) * from);
        boolean secondOrder = step > 0 && previousStep == step - 1 && !lowerOrderFinal(step);
        float[] out;
        if (secondOrder) {
            double before = sigmas[step - 1];
            double h = Math.log(from / to);
            double r = Math.log(before / from) / h;
            float[] d1 = Latents.sum(1 / r, original, -1 / r, previousOriginal);
            float[] firstOrder = Latents.sum(ratio, sample, alphaTo * (1 - decay), original);
            out = Latents.sum(1, firstOrder, 0.5 * alphaTo * (1 - decay), d1);
        } else {
            out = Latents.sum(ratio, sample, alphaTo * (1 - decay), original);
        }
        previousOriginal = original;
        previousStep = step;
        return out;
    }

    /** diffusers' {@code lower_order_final}: the last step of a short run, or any run that ends at σ = 0. */
    private boolean lowerOrderFinal(int step) {
        int n = timesteps.length;
        return step == n - 1 && (n < SHORT_RUN || params.finalSigmas() == FinalSigmas.ZERO);
    }

    private static double alpha(double sigma) {
        return 1 / Math.sqrt(sigma * sigma + 1);
    }

    /** ᾱ = 1/(σ² + 1) of the step's sigma, which Karras sigmas do not take from a whole timestep. */
    @Override
    double alphaCumprod(int step) {
        return 1 / (sigmas[step] * (double) sigmas[step] + 1);
    }
}
