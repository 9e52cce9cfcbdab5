package io.latentretouch.diffusion;

import io.latentretouch.diffusion.internal.pipeline.StableDiffusionGenerator;
import io.latentretouch.inference.InferenceService;

/** Makes generators. */
public final class Generators {

    private Generators() {
    }

    /** A generator running {@code model}'s components on {@code service}. */
    public static Generator of(DiffusionModel model, InferenceService service) {
        return new StableDiffusionGenerator(model, service);
    }
}
