package io.latentretouch.inference.models;

import java.util.List;
import java.util.Set;

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

    /**
     * A garment segmenter: the cloth class of a BiSeNet face-parsing model.
     *
     * @throws InferenceException {@code CONTRACT_MISMATCH} naming the supported family when the model is not one
     */
    Segmenter garmentSegmenter(ModelDescriptor model) throws InferenceException;

    /**
     * A segmenter of some parts of a portrait taken together (the probability that a pixel is any of them), on a
     * BiSeNet face-parsing model.
     *
     * @throws InferenceException {@code CONTRACT_MISMATCH} naming the supported family when the model is not one
     * @throws IllegalArgumentException when {@code parts} is empty
     */
    Segmenter partSegmenter(ModelDescriptor model, Set<FacePart> parts) throws InferenceException;

    /**
     * A face detector on BlazeFace models: the first short-range and the first full-range one among {@code models}
     * (the registry's models for the face detection task, installed before embedded).
     *
     * @throws InferenceException {@code CONTRACT_MISMATCH} when none of them is a BlazeFace model, or when one does not
     *                            fit BlazeFace's layout (naming the tensor that differs)
     */
    FaceDetector faceDetector(List<ModelDescriptor> models) throws InferenceException;

    /** An upscaler for a Real-ESRGAN model. @throws InferenceException as above */
    Upscaler upscaler(ModelDescriptor model) throws InferenceException;

    /**
     * Runs a fully convolutional model over an image of any size in tiles, in a memory budget set by the tile size.
     *
     * @throws InferenceException {@code CANCELLED} between tiles, or any failure of a tile's run
     */
    PlanarImage runTiled(ModelDescriptor model, TiledRequest request, RunMonitor monitor) throws InferenceException;
}
