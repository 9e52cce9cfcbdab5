package io.latentretouch.retouch;

import java.nio.file.Path;

/**
 * What saving a variant wrote.
 *
 * @param file     the variant
 * @param labelled the export copy with the visible disclosure labels burned in, or null when no market requires one
 */
public record SavedVariant(Path file, Path labelled) {
}
