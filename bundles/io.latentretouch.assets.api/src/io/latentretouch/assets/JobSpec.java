package io.latentretouch.assets;

/**
 * One variant to render.
 *
 * @param source      the original's asset id
 * @param payload     what the worker needs to render it (the recipe and its settings, as JSON)
 * @param maxAttempts how many claims it gets before it fails
 */
public record JobSpec(long source, VariantKey key, String payload, int maxAttempts) {

    public JobSpec {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A job needs at least one attempt, not " + maxAttempts);
        }
    }
}
