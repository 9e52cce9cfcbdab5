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
    /**
     * How many conditioning images the model's UNet takes after its latents ({@link Generation#conditions()}): 0 for a
     * plain or inpainting UNet, 1 for a lighting UNet of IC-Light fc's layout, 2 for fbc's. Loads the UNet.
     *
     * @throws InferenceException when the UNet fails to load
     * @throws DiffusionException {@code UNSUPPORTED} when its inputs fit no layout we run
     * @since 1.1
     */
    int conditions() throws DiffusionException, InferenceException;

    PlanarImage generate(Generation request, GenerationMonitor monitor) throws DiffusionException, InferenceException;
}
