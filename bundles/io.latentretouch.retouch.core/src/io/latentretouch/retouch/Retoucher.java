package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;

/**
 * Applies recipes. A service; thread-safe. Call it off the UI thread: a full-resolution image takes seconds. Every
 * method checks the monitor between tiles and steps and throws {@code CANCELLED} when asked to stop.
 */
public interface Retoucher {

    /**
     * The faces in the image, by the installed face detector (BlazeFace ships), most confident first; empty when none
     * is found or no detector is installed.
     *
     * @throws InferenceException when the detector fails or the run is cancelled
     */
    List<Face> faces(PlanarImage image, RunMonitor monitor) throws InferenceException;

    /**
     * Where the skin is, for these faces (found, drawn or edited by the user): each face's skin by a colour model of
     * its own cheeks and forehead, its eyes, brows, lips and nostrils left out; other skin by the general colour model
     * (a face-parsing model when one is installed), kept to the colours of the faces' skin.
     *
     * @throws InferenceException when a model fails or the run is cancelled
     */
    SkinMap skinMap(PlanarImage image, List<Face> faces, RunMonitor monitor) throws InferenceException;

    /**
     * The imperfection slider's live preview of a view of an image: the view at screen resolution, its skin and its
     * faces in view pixels. Prepared with the same models, masks and face scales as {@link #apply}; every level is then
     * a recombination of a few milliseconds.
     *
     * @throws InferenceException when a model fails or the run is cancelled
     */
    ImperfectionPreview preview(PlanarImage view, Mask skin, List<Face> faces, long seed, RunMonitor monitor) throws InferenceException;

    /**
     * Applies the recipe's steps in order. Pixels outside both masks come back bit-identical.
     *
     * @param seed every random choice (grain, re-grain of filled blemishes) follows from it
     * @throws InferenceException when a model fails or the run is cancelled
     */
    Retouched apply(PlanarImage image, Recipe recipe, RetouchMasks masks, long seed, RunMonitor monitor) throws InferenceException;
}
