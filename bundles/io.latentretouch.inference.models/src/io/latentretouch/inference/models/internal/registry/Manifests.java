package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.TensorSpec;

/** Reads and writes manifests, and turns them into descriptors with every field checked. */
public final class Manifests {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Manifests() {
    }

    /** @throws IOException when the JSON cannot be parsed, naming what was wrong */
    public static ModelManifest read(Reader in) throws IOException {
        try {
            ModelManifest m = GSON.fromJson(in, ModelManifest.class);
            if (m == null) {
                throw new IOException("the manifest is empty");
            }
            return m;
        } catch (JsonParseException e) {
            throw new IOException("the manifest is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static void write(ModelManifest manifest, Writer out) {
        GSON.toJson(manifest, out);
    }

    /**
     * A descriptor for the manifest's model at {@code location}. Inputs and outputs may be left out for a public
     * family (lama, lama4, migan, realesrgan, bisenet): its standard layout is taken.
     *
     * @throws IllegalArgumentException naming the first missing or invalid field
     */
    public static ModelDescriptor describe(ModelManifest m, URI location) {
        require(m.id(), "id");
        require(m.version(), "version");
        require(m.file(), "file");
        sha256(m.sha256(), "sha256");
        String family = m.family() == null ? "latent-retouch" : m.family();
        Contract contract = m.inputs() == null && m.outputs() == null && FamilyContracts.of(family).isPresent()
                ? FamilyContracts.of(family).get()
                : new Contract(specs(m.inputs(), "inputs"), specs(m.outputs(), "outputs"));
        return new ModelDescriptor(m.id(), m.version(), Task.parse(require(m.task(), "task")), family, contract, m.sha256(), require(m.licence(), "licence"),
                require(m.source(), "source"), Origin.parse(require(m.origin(), "origin")), location,
                m.properties() == null ? Map.of() : m.properties());
    }

    /** @throws IllegalArgumentException unless the field holds 64 lower-case hex digits */
    static String sha256(String value, String field) {
        require(value, field);
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("field '" + field + "' must be 64 lower-case hex digits, found '" + value + "'");
        }
        return value;
    }

    /** The manifest form of a descriptor's contract entries. */
    public static List<ModelManifest.Spec> specs(List<TensorSpec> specs) {
        return specs.stream().map(s -> new ModelManifest.Spec(s.name(), s.type().label(), s.dims())).toList();
    }

    private static List<TensorSpec> specs(List<ModelManifest.Spec> specs, String field) {
        if (specs == null || specs.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or empty");
        }
        return specs.stream().map(s -> new TensorSpec(require(s.name(), field + ".name"), DType.parse(require(s.dtype(), field + ".dtype")),
                s.shape() == null ? List.of() : s.shape())).toList();
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value;
    }
}
