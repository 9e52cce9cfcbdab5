package io.latentretouch.assets;

/**
 * A variant's file, already renamed into place and forced to disk.
 *
 * @param path relative to the root, derived from the job's key so that a second attempt writes the same name
 * @param name the variant's name as the Library shows it
 * @param ai   whether the variant is labelled as made or changed by an algorithm or model
 */
public record Rendered(Root root, String path, FileFacts facts, String name, boolean ai) {
}
