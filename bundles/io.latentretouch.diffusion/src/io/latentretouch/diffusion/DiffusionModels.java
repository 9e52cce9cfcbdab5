package io.latentretouch.diffusion;

import io.latentretouch.diffusion.internal.pipeline.ModelFolder;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;

/** The diffusion models the registry holds: diffusers ONNX folders registered with the generation task. */
public final class DiffusionModels {

    private DiffusionModels() {
    }

    /**
     * The model of a registered folder: its components from the registry, its tokenizer, scheduler config and VAE
     * scale from its files (verified with the folder).
     *
     * @throws InferenceException when the folder's files no longer match their hashes or a component is missing
     * @throws DiffusionException {@code INVALID} when the tokenizer's vocabulary does not match the text encoder's,
     *         {@code UNREADABLE} when a config file (or SDXL's second tokenizer) is broken
     */
    public static DiffusionModel load(ModelDescriptor folder, ModelRegistry registry)
            throws InferenceException, DiffusionException {
        return ModelFolder.load(folder, registry);
    }
}
