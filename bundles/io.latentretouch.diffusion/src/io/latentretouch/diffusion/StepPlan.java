package io.latentretouch.diffusion;

/**
 * Which steps of a schedule an image-to-image run takes: it begins at {@code start}, so the source keeps the share of
 * itself that {@code 1 − strength} says, and runs {@code steps − start} steps.
 *
 * @param steps the schedule's length, given to {@link Schedulers#create}
 * @param start the first step run
 */
public record StepPlan(int steps, int start) {

    /** A text-to-image run: every step. */
    public static StepPlan full(int steps) {
        return new StepPlan(steps, 0);
    }

    /**
     * The plan for {@code strength} in (0, 1] over {@code steps}: diffusers' {@code int(steps × strength)} steps run.
     * When that is fewer than {@code minimumSteps}, the schedule is lengthened instead, so a light touch-up still
     * denoises in enough steps and begins at the same noise level.
     *
     * @throws IllegalArgumentException when the strength is outside (0, 1] or the steps are fewer than one
     */
    public static StepPlan of(int steps, double strength, int minimumSteps) {
        if (!(strength > 0 && strength <= 1) || steps < 1) {
            throw new IllegalArgumentException("strength " + strength + " over " + steps
                    + " steps: expected a strength in (0, 1] and at least one step");
        }
        int total = Math.max(steps, (int) Math.ceil(minimumSteps / strength));
        while (run(total, strength) < minimumSteps) {
            total++; // the product above can round down by one
        }
        return new StepPlan(total, total - run(total, strength));
    }

    private static int run(int steps, double strength) {
        return Math.min((int) (steps * strength), steps);
    }

    /** How many steps run. */
    public int run() {
        return steps - start;
    }
}
