package io.latentretouch.diffusion;

import java.nio.file.Path;

import io.latentretouch.diffusion.internal.schedulers.SchedulerConfigFile;

/**
 * A model's {@code scheduler_config.json}: every key that changes what a sampler computes. A {@code null} component is
 * a key the file does not set; the sampler's own diffusers default applies to it.
 *
 * @param className {@code _class_name}, the scheduler the model ships with
 * @param trainSteps {@code num_train_timesteps}
 * @param trainedBetas {@code trained_betas}, which replace the beta schedule when given
 * @param originalInferenceSteps LCM's {@code original_inference_steps}
 * @param timestepScaling LCM's {@code timestep_scaling}
 */
public record SchedulerConfig(String className, Integer trainSteps, Double betaStart, Double betaEnd,
        BetaSchedule betaSchedule, double[] trainedBetas, Prediction prediction, Spacing spacing, Integer stepsOffset,
        Boolean setAlphaToOne, Boolean clipSample, Double clipSampleRange, Boolean useKarrasSigmas,
        FinalSigmas finalSigmas, Boolean rescaleBetasZeroSnr, Integer originalInferenceSteps,
        Double timestepScaling) {

    /** A config that sets nothing: every sampler with its defaults. */
    public static final SchedulerConfig DEFAULTS = new SchedulerConfig(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    /** How the betas run from {@code beta_start} to {@code beta_end}. */
    public enum BetaSchedule {
        LINEAR, SCALED_LINEAR, SQUAREDCOS_CAP_V2
    }

    /** What the UNet predicts ({@code prediction_type}). */
    public enum Prediction {
        EPSILON, V_PREDICTION, SAMPLE
    }

    /** How the steps used are spread over the trained timesteps ({@code timestep_spacing}). */
    public enum Spacing {
        LEADING, TRAILING, LINSPACE
    }

    /** Where the last sigma goes ({@code final_sigmas_type}). */
    public enum FinalSigmas {
        ZERO, SIGMA_MIN
    }

    /**
     * Reads a {@code scheduler_config.json}.
     *
     * @throws DiffusionException {@code UNREADABLE} when it is missing or not JSON, {@code INVALID} when a key has a
     *         value of the wrong type or outside its choices, naming the file, the key and what is valid
     */
    public static SchedulerConfig read(Path file) throws DiffusionException {
        return SchedulerConfigFile.read(file);
    }
}
