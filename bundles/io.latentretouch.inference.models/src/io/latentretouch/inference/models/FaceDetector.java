package io.latentretouch.inference.models;

import java.util.List;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;

/** Finds faces, from a headshot to a full-length shot. Thread-safe; call it off the UI thread. */
public interface FaceDetector {

    /** The models it runs. */
    List<ModelDescriptor> models();

    /**
     * The faces in the image, most confident first, in its pixel coordinates; empty when there is none.
     *
     * @param image RGB in the image's own encoding, 0..1, any size and aspect
     * @throws InferenceException {@code CANCELLED} through the monitor, or any failure of a model run
     */
    List<Face> faces(PlanarImage image, RunMonitor monitor) throws InferenceException;
}
