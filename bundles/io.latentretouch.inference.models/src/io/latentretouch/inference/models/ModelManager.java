package io.latentretouch.inference.models;

import java.nio.file.Path;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;

/**
 * Installs models into the models folder and removes them: what studio IT does from the Models view or the
 * {@code models} command. A service; call it off the UI thread (installing copies and hashes the files). The registry
 * sees every change at once.
 *
 * @since 2.3
 */
public interface ModelManager {

    /**
     * Copies a model file, or a diffusers ONNX folder, into the models folder with a manifest written for it: the
     * family and task detected from the inputs and outputs the engine reads (a folder with {@code model_index.json}
     * is a diffusers model), every file's SHA-256 pinned, the licence, source and origin as given.
     *
     * @return the model as the registry now holds it
     * @throws InferenceException {@code CONTRACT_MISMATCH} when the file fits no known family (listing them),
     *         {@code MODEL_UNREADABLE} when it is no model or cannot be read or copied, {@code BAD_INPUT} when the id is
     *         taken or malformed; nothing is left in the models folder
     */
    ModelDescriptor install(Path source, ModelInstallation details) throws InferenceException;

    /**
     * Removes an installed model, its manifest and files.
     *
     * @throws InferenceException {@code MODEL_NOT_FOUND}, or {@code BAD_INPUT} for a model shipped in a bundle (it can
     *         only be overridden) or a component of a folder model (remove the folder model)
     */
    void remove(String id) throws InferenceException;

    /** Whether the model was installed into the models folder, and so can be removed. */
    boolean removable(ModelDescriptor model);
}
