package io.latentretouch.inference.models;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;

/**
 * Turns registered models into image operations, by the model's family (its input and output layout). A service;
 * thread-safe.
 */
public interface ModelAdapters {

    /**
     * An inpainter for the embedded fill or a LaMa (two inputs or four channels) or MI-GAN model.
     *
     * @throws InferenceException {@code CONTRACT_MISMATCH} naming the supported families when the model is none of them
     */
    Inpainter inpainter(ModelDescriptor model) throws InferenceException;

    /** A skin segmenter for the embedded colour model or a BiSeNet face-parsing model. @throws InferenceException as above */
    SkinSegmenter skinSegmenter(ModelDescriptor model) throws InferenceException;

    /** An upscaler for a Real-ESRGAN model. @throws InferenceException as above */
    Upscaler upscaler(ModelDescriptor model) throws InferenceException;

    /**
     * Runs a fully convolutional model over an image of any size in tiles, in a memory budget set by the tile size.
     *
     * @throws InferenceException {@code CANCELLED} between tiles, or any failure of a tile's run
     */
    PlanarImage runTiled(ModelDescriptor model, TiledRequest request, RunMonitor monitor) throws InferenceException;
}
