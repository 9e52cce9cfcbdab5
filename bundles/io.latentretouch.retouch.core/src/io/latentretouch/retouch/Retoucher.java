package io.latentretouch.retouch;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * Applies recipes. A service; thread-safe. Call it off the UI thread: a full-resolution image takes seconds. Every
 * method checks the monitor between tiles and steps and throws {@code CANCELLED} when asked to stop.
 */
public interface Retoucher {

    /**
     * The soft skin mask of the best installed segmenter: a face-parsing model when one is installed, else the
     * embedded colour model.
     *
     * @throws InferenceException when the model fails or the run is cancelled
     */
    Mask skinMask(PlanarImage image, RunMonitor monitor) throws InferenceException;

    /**
     * The image with its isolated blemishes regenerated (the part of level 1 that the bands cannot do), or the image
     * itself when none are found; for the live preview, which blends it in below level 2.
     *
     * @throws InferenceException when the inpainting model fails or the run is cancelled
     */
    PlanarImage withoutBlemishes(PlanarImage image, Mask skin, long seed, RunMonitor monitor) throws InferenceException;

    /**
     * Applies the recipe's steps in order. Pixels outside both masks come back bit-identical.
     *
     * @param seed every random choice (grain, re-grain of filled blemishes) follows from it
     * @throws InferenceException when a model fails or the run is cancelled
     */
    Retouched apply(PlanarImage image, Recipe recipe, RetouchMasks masks, long seed, RunMonitor monitor) throws InferenceException;
}
