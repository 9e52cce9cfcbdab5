package io.latentretouch.inference.models;

import java.util.Map;

import io.latentretouch.inference.Origin;

/**
 * What the installer asks for a model it installs.
 *
 * @param id         the model's id, lower-case letters, digits, dots, dashes and underscores
 * @param version    its own version
 * @param licence    the licence of its weights, e.g. {@code Apache-2.0}
 * @param source     where the weights come from, for provenance
 * @param origin     trained, or analytically derived; decides the disclosure of what it makes
 * @param properties family settings the contract does not show (a Real-ESRGAN's {@code scale}, a lighting model's
 *                   {@code adapter}), over those detected
 * @since 2.3
 */
public record ModelInstallation(String id, String version, String licence, String source, Origin origin,
        Map<String, String> properties) {

    /** @throws IllegalArgumentException naming the field that is missing or malformed */
    public ModelInstallation {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("A model id is lower-case letters, digits, '.', '-' and '_', not '" + id + "'");
        }
        for (String[] f : new String[][] {{"version", version}, {"licence", licence}, {"source", source}}) {
            if (f[1] == null || f[1].isBlank()) {
                throw new IllegalArgumentException("The model's " + f[0] + " is required");
            }
        }
        if (origin == null) {
            throw new IllegalArgumentException("The model's origin (trained or algorithmic) is required");
        }
        properties = Map.copyOf(properties);
    }
}
