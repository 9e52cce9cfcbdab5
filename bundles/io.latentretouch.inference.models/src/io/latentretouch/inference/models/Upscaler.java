package io.latentretouch.inference.models;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;

/** Enlarges images by a fixed factor, tile by tile. Thread-safe; call it off the UI thread. */
public interface Upscaler {

    ModelDescriptor model();

    /** The enlargement factor. */
    int scale();

    /** @throws InferenceException any failure of the model run, or {@code CANCELLED} */
    PlanarImage upscale(PlanarImage image, RunMonitor monitor) throws InferenceException;
}
