package io.latentretouch.assets;

/**
 * A regenerate job as the catalog holds it.
 *
 * @param lease    incremented by every claim: the fencing token a claim's heartbeat, completion or failure must
 *                 still match
 * @param lockedBy the worker holding it, null when none does
 * @param error    why its last attempt failed, or null
 */
public record Job(long id, long batchId, long source, String idemKey, State state, int attempt, int maxAttempts, String lockedBy, long lease,
        String error, String payload) {

    /** Where a job is. */
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
    }
}
