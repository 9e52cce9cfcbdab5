package io.latentretouch.inference;

import java.net.URI;
import java.util.Map;

/**
 * Everything known about a registered model before it is loaded: what it is for, the contract it must satisfy,
 * where its bytes are and the hash they must have.
 *
 * @param id         stable identifier, e.g. {@code lr.skin-detail}
 * @param version    the model's own version
 * @param task       what it is for
 * @param family     the layout its inputs and outputs follow, e.g. {@code latent-retouch}, {@code lama},
 *                   {@code migan}
 * @param contract   the inputs and outputs the model must have
 * @param sha256     lower-case hex SHA-256 of the model file; a file that differs is refused
 * @param licence    licence of the weights
 * @param source     where the weights come from, for provenance
 * @param origin     trained or analytically derived; decides the disclosure label of outputs
 * @param location   the model file
 * @param properties family-specific settings, e.g. an output range
 */
public record ModelDescriptor(String id, String version, Task task, String family, Contract contract, String sha256,
        String licence, String source, Origin origin, URI location, Map<String, String> properties) {

    public ModelDescriptor {
        properties = Map.copyOf(properties);
    }

    /** {@code id@version}, as provenance records it. */
    public String reference() {
        return id + "@" + version;
    }
}
