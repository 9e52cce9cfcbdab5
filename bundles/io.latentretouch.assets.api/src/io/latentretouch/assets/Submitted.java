package io.latentretouch.assets;

/**
 * A submitted batch.
 *
 * @param added    jobs added
 * @param existing specs whose variant key the catalog already had, so added nothing
 */
public record Submitted(long batchId, int added, int existing) {
}
