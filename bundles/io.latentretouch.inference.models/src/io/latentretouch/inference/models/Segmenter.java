package io.latentretouch.inference.models;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;

/** Finds one kind of region (garments, hair…): a soft mask at the image's size. Thread-safe; call it off the UI thread. */
public interface Segmenter {

    ModelDescriptor model();

    /** @throws InferenceException any failure of the model run, or {@code CANCELLED} */
    Mask mask(PlanarImage image, RunMonitor monitor) throws InferenceException;
}
