package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.SchedulerConfig.BetaSchedule;
import io.latentretouch.diffusion.SchedulerConfig.FinalSigmas;
import io.latentretouch.diffusion.SchedulerConfig.Prediction;
import io.latentretouch.diffusion.SchedulerConfig.Spacing;

/** A config with every absent key given the chosen sampler's diffusers default. */
record Params(int trainSteps, double betaStart, double betaEnd, BetaSchedule betaSchedule, double[] trainedBetas,
        Prediction prediction, Spacing spacing, int stepsOffset, boolean setAlphaToOne, boolean clipSample,
        double clipSampleRange, boolean karras, FinalSigmas finalSigmas, boolean zeroSnr, int originalSteps,
        double timestepScaling) {

    static Params resolve(Sampler sampler, SchedulerConfig c) {
        boolean lcm = sampler == Sampler.LCM;
        Spacing spacing = sampler == Sampler.DDIM || lcm ? Spacing.LEADING : Spacing.LINSPACE;
        boolean karras = sampler == Sampler.DPM_PP_2M_KARRAS
                || sampler != Sampler.DPM_PP_2M && Boolean.TRUE.equals(c.useKarrasSigmas());
        return new Params(or(c.trainSteps(), 1000), or(c.betaStart(), lcm ? 0.00085 : 0.0001),
                or(c.betaEnd(), lcm ? 0.012 : 0.02),
                or(c.betaSchedule(), lcm ? BetaSchedule.SCALED_LINEAR : BetaSchedule.LINEAR), c.trainedBetas(),
                or(c.prediction(), Prediction.EPSILON), or(c.spacing(), spacing), or(c.stepsOffset(), 0),
                or(c.setAlphaToOne(), true), or(c.clipSample(), sampler == Sampler.DDIM),
                or(c.clipSampleRange(), 1.0), karras, or(c.finalSigmas(), FinalSigmas.ZERO),
                or(c.rescaleBetasZeroSnr(), false), or(c.originalInferenceSteps(), 50),
                or(c.timestepScaling(), 10.0));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
