package io.latentretouch.inference.models;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;

/** Fills holes in images with one model. Thread-safe; call it off the UI thread. */
public interface Inpainter {

    /** The model it runs. */
    ModelDescriptor model();

    /**
     * Regenerates the hole. Around a large image the model sees a crop of the hole with context; the result is pasted
     * back through a feathered edge, and every pixel outside that edge is the input's, bit for bit.
     *
     * @param hole 1 where pixels are regenerated
     * @param seed for models that add grain or noise, the same seed gives the same pixels
     * @return a new image; the input is not changed
     * @throws InferenceException {@code CANCELLED} through the monitor, or any failure of the model run
     */
    default PlanarImage inpaint(PlanarImage image, Mask hole, long seed, RunMonitor monitor) throws InferenceException {
        return inpaint(image, hole, seed, FillOptions.DEFAULT, monitor);
    }

    /**
     * Regenerates the hole as {@link #inpaint(PlanarImage, Mask, long, RunMonitor)} does, cropped and blended back as
     * the options say.
     *
     * @throws InferenceException as above
     */
    PlanarImage inpaint(PlanarImage image, Mask hole, long seed, FillOptions options, RunMonitor monitor) throws InferenceException;
}
