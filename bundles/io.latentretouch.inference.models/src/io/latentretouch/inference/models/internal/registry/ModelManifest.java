package io.latentretouch.inference.models.internal.registry;

import java.util.List;
import java.util.Map;

/**
 * A model manifest as stored beside the model file ({@code <name>.json}). Field names are the JSON keys.
 *
 * @param file   the model file, relative to the manifest
 * @param origin {@code trained} or {@code algorithmic}
 * @param files  the other files the model reads (its external weight data), relative to the manifest, each with
 *               its SHA-256; absent when there are none
 */
public record ModelManifest(String id, String version, String task, String family, String file, String sha256,
        String licence, String source, String origin, List<Spec> inputs, List<Spec> outputs,
        Map<String, String> properties, Map<String, String> files) {

    /**
     * One input or output.
     *
     * @param dtype  {@code float32}, {@code float16}, {@code uint8}, {@code int32} or {@code int64}
     * @param shape  numbers for fixed dimensions, symbols for free ones
     */
    public record Spec(String name, String dtype, List<String> shape) {
    }
}
