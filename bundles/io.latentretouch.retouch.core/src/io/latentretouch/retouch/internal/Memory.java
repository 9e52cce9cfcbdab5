package io.latentretouch.retouch.internal;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;

/** A generation that runs out of memory becomes a message naming the model and the size. */
final class Memory {

    /** A generation. */
    interface Work {
        PlanarImage run() throws DiffusionException, InferenceException;
    }

    private Memory() {
    }

    static PlanarImage guard(ModelDescriptor unet, int[] size, Work work) throws DiffusionException, InferenceException {
        try {
            return work.run();
        } catch (OutOfMemoryError e) {
            throw new InferenceException(InferenceException.Code.OVER_BUDGET, "Generating " + size[0] + "×" + size[1] + " with "
                    + unet.id() + " ran out of memory: generate smaller, or give Latent Retouch more memory (LR_JAVA_OPTS=-Xmx…)", e);
        }
    }
}
