package io.latentretouch.diffusion;

import io.latentretouch.diffusion.internal.schedulers.SchedulerFactory;

/** Makes the scheduler of one run. */
public final class Schedulers {

    private Schedulers() {
    }

    /**
     * The scheduler of {@code sampler} on the noise schedule of {@code config}, for {@code steps} steps.
     *
     * @throws DiffusionException {@code UNSUPPORTED} when the steps are fewer than one or more than the schedule can
     *         spread (LCM: {@code original_inference_steps}), {@code INVALID} when the config's values cannot make a
     *         schedule (a beta outside (0, 1), trained betas of the wrong count)
     */
    public static Scheduler create(Sampler sampler, SchedulerConfig config, int steps) throws DiffusionException {
        return SchedulerFactory.create(sampler, config, steps);
    }
}
