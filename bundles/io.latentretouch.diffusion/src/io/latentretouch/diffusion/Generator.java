package io.latentretouch.diffusion;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;

/**
 * Generates images with one model: text to image, and image to image from a start and a strength. The same model
 * files, request (seed included) and execution provider give the same pixels. May be called from any thread but the
 * UI thread; one generation at a time per instance.
 */
public interface Generator {

    /**
     * The finished image, RGB in [0, 1].
     *
     * @throws DiffusionException {@code CANCELLED} when the monitor asked (nothing is returned), {@code UNSUPPORTED}
     *         for a request the model cannot serve (a size not a multiple of 8, image to image without an encoder, a
     *         timestep type no exporter writes)
     * @throws InferenceException when a component fails to load or run
     */
    PlanarImage generate(Generation request, GenerationMonitor monitor) throws DiffusionException, InferenceException;
}
