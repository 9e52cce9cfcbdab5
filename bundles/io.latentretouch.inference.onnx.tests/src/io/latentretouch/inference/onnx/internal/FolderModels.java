package io.latentretouch.inference.onnx.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.internal.defaults.GenerateModels;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/** Installs test models into the models folder the tests run with, as studio IT would, and rescans. */
final class FolderModels {

    private FolderModels() {
    }

    static Path folder() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
    }

    /** A manifest for a test model of the given task whose contract is given as manifest specs. */
    static ModelManifest manifest(String id, String task, List<ModelManifest.Spec> inputs, List<ModelManifest.Spec> outputs) {
        return new ModelManifest(id, "1.0", task, "latent-retouch", id + ".onnx", null, "Apache-2.0", "test", "algorithmic", inputs,
                outputs, Map.of(), null);
    }

    static ModelManifest.Spec spec(String name, String dtype, String... shape) {
        return new ModelManifest.Spec(name, dtype, List.of(shape));
    }

    /** Writes the model and its manifest, rescans, and returns the registered descriptor. */
    static ModelDescriptor install(byte[] model, ModelManifest manifest) throws Exception {
        GenerateModels.write(model, manifest, folder());
        ModelRegistry registry = Services.await(ModelRegistry.class);
        registry.refresh();
        return registry.require(manifest.id());
    }
}
