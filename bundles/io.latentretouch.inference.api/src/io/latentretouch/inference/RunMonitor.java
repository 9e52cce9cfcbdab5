package io.latentretouch.inference;

/**
 * Progress and cancellation for a run. Engines check {@link #isCancelled()} between tiles and steps and report
 * progress through {@link #worked(long, long)}. Implementations must be thread-safe: any worker thread may call them.
 */
public interface RunMonitor {

    /** A monitor that never cancels and ignores progress. */
    RunMonitor NONE = () -> false;

    /** Whether the caller wants the run to stop. */
    boolean isCancelled();

    /** {@code done} of {@code total} units of work are finished. */
    default void worked(long done, long total) {
    }

    /**
     * Throws when cancelled; call between units of work.
     *
     * @throws InferenceException with code {@link InferenceException.Code#CANCELLED}
     */
    default void checkCancelled() throws InferenceException {
        if (isCancelled()) {
            throw new InferenceException(InferenceException.Code.CANCELLED, "Cancelled");
        }
    }
}
