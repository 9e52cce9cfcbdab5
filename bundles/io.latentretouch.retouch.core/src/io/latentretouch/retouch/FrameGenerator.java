package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;

/**
 * Generates finished frames: the recipe's generation section on an installed diffusion model (a diffusers ONNX
 * folder), its lighting by an installed lighting model or by the recipe's analytic lighting step, then the recipe's
 * other steps at each face's scale. A service; thread-safe; call it off the UI thread (a step of a real model takes
 * seconds on a CPU).
 *
 * @since 3.2
 */
public interface FrameGenerator {

    /** The manifest property that marks a generation model as a lighting adapter: {@code "adapter": "lighting"}. */
    String ADAPTER = "adapter";

    /** The installed generation models, preferred first; lighting adapters are not among them. */
    List<ModelDescriptor> models();

    /** The installed lighting adapters (generation models whose manifest says {@code "adapter": "lighting"}). */
    List<ModelDescriptor> lightingAdapters();

    /**
     * The finished frame.
     *
     * @throws DiffusionException {@code CANCELLED} when the monitor asked (nothing is returned); {@code UNSUPPORTED}
     *         when no generation model is installed, the recipe names one that is not, or the model cannot serve the
     *         request (image to image without an encoder); {@code INVALID} or {@code UNREADABLE} for a broken folder
     * @throws InferenceException when a model fails to load or run, or runs out of memory (the message names the model
     *         and the size)
     */
    Frame generate(FrameRequest request, GenerationMonitor monitor) throws DiffusionException, InferenceException;
}
