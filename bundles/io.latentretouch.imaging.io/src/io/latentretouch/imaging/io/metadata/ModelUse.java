package io.latentretouch.imaging.io.metadata;

/**
 * A model that took part in making an output.
 *
 * @param sha256 the model file's hash, so the variant can be regenerated with exactly that file
 */
public record ModelUse(String id, String version, String sha256) {
}
