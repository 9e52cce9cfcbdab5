package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.SchedulerConfig.FinalSigmas;

/** Builds each sampler's timesteps and sigmas from the resolved config. */
public final class SchedulerFactory {

    private SchedulerFactory() {
    }

    public static Scheduler create(Sampler sampler, SchedulerConfig config, int steps) throws DiffusionException {
        Params p = Params.resolve(sampler, config);
        NoiseSchedule schedule = NoiseSchedule.of(p);
        if (steps < 1 || steps > schedule.length()) {
            throw new DiffusionException(Code.UNSUPPORTED, steps + " steps asked of " + sampler.label()
                    + ": expected 1 to " + schedule.length() + ", the timesteps the model was trained on");
        }
        return switch (sampler) {
            case DDIM -> new DdimScheduler(p, schedule,
                    Spacings.spaced(p.spacing(), p.trainSteps(), steps, p.stepsOffset(), true));
            case EULER, EULER_ANCESTRAL -> {
                SigmaSteps s = sigmaSteps(p, schedule, steps, false);
                yield new EulerScheduler(p, s.timesteps(), s.sigmas(), sampler == Sampler.EULER_ANCESTRAL);
            }
            case DPM_PP_2M, DPM_PP_2M_KARRAS -> {
                SigmaSteps s = sigmaSteps(p, schedule, steps, true);
                yield new DpmSolverScheduler(p, schedule, s.timesteps(), s.sigmas());
            }
            case LCM -> new LcmScheduler(p, schedule, lcmTimesteps(p, steps));
        };
    }

    /** A sigma-based sampler's timesteps, and its sigmas with the final one. */
    private record SigmaSteps(float[] timesteps, float[] sigmas) {
    }

    /** @param multistep DPM-Solver's spacing and whole timesteps rather than Euler's */
    private static SigmaSteps sigmaSteps(Params p, NoiseSchedule schedule, int steps, boolean multistep) {
        float[] trained = schedule.sigmas();
        float[] timesteps;
        double[] sigmas;
        if (p.karras()) {
            sigmas = Sigmas.karras(trained[0], trained[trained.length - 1], steps);
            timesteps = timestepsOf(sigmas, trained, multistep);
        } else {
            timesteps = multistep ? Spacings.multistep(p.spacing(), p.trainSteps(), steps, p.stepsOffset())
                    : Spacings.spaced(p.spacing(), p.trainSteps(), steps, p.stepsOffset(), false);
            sigmas = at(trained, timesteps);
        }
        return new SigmaSteps(timesteps, withFinal(sigmas, p, trained));
    }

    /** {@code original_inference_steps} timesteps {@code T/original} apart, {@code steps} of them picked evenly. */
    private static float[] lcmTimesteps(Params p, int steps) throws DiffusionException {
        int original = p.originalSteps();
        if (original < 1 || original > p.trainSteps()) {
            throw new DiffusionException(Code.INVALID, "original_inference_steps is " + original + ", expected 1 to "
                    + p.trainSteps());
        }
        if (steps > original) {
            throw new DiffusionException(Code.UNSUPPORTED, steps + " LCM steps asked: this model's schedule has "
                    + original + " (original_inference_steps)");
        }
        int k = p.trainSteps() / original;
        float[] timesteps = new float[steps];
        for (int i = 0; i < steps; i++) {
            int index = (int) Math.floor((double) i * original / steps);
            timesteps[i] = (original - index) * k - 1;
        }
        return timesteps;
    }

    /** The timesteps of Karras sigmas: fractional for Euler, rounded for DPM-Solver, as diffusers has them. */
    private static float[] timestepsOf(double[] sigmas, float[] trained, boolean whole) {
        float[] timesteps = new float[sigmas.length];
        for (int i = 0; i < sigmas.length; i++) {
            double t = Sigmas.timestep(sigmas[i], trained);
            timesteps[i] = (float) (whole ? Math.rint(t) : t);
        }
        return timesteps;
    }

    private static double[] at(float[] trained, float[] timesteps) {
        double[] sigmas = new double[timesteps.length];
        for (int i = 0; i < sigmas.length; i++) {
            sigmas[i] = Sigmas.at(trained, timesteps[i]);
        }
        return sigmas;
    }

    /** The step sigmas in single precision with the final one appended. */
    private static float[] withFinal(double[] sigmas, Params p, float[] trained) {
        float[] out = new float[sigmas.length + 1];
        for (int i = 0; i < sigmas.length; i++) {
            out[i] = (float) sigmas[i];
        }
        out[sigmas.length] = p.finalSigmas() == FinalSigmas.ZERO ? 0f : trained[0];
        return out;
    }
}
