package io.latentretouch.inference;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * The models this installation knows: those embedded in bundles and those in the models folder. A model whose file
 * does not match its manifest's hash is refused and listed in {@link #problems()}. Thread-safe.
 */
public interface ModelRegistry {

    /** All registered models, embedded first. */
    List<ModelDescriptor> models();

    /** The model with this id, if registered. */
    Optional<ModelDescriptor> find(String id);

    /** Models for a task, the preferred one first (installed models before embedded defaults). */
    List<ModelDescriptor> forTask(Task task);

    /**
     * The model with this id.
     *
     * @throws InferenceException {@code MODEL_NOT_FOUND}, listing the registered ids
     */
    default ModelDescriptor require(String id) throws InferenceException {
        return find(id).orElseThrow(() -> new InferenceException(InferenceException.Code.MODEL_NOT_FOUND,
                "No model '" + id + "' is registered; known models: " + models().stream().map(ModelDescriptor::id).toList()));
    }

    /**
     * Reads a model file into a direct buffer, verifying its hash again (files may change after registration).
     *
     * @throws InferenceException {@code MODEL_UNREADABLE} when it cannot be read or is over 2 GiB (open it from
     *                            {@link #file(ModelDescriptor)}), {@code HASH_MISMATCH} when it differs from the
     *                            manifest
     */
    ByteBuffer read(ModelDescriptor model) throws InferenceException;

    /**
     * The model's files on disk, verified against its manifest: hashed again only when one changed since it was
     * last hashed, by streaming, so a model of any size is checked in constant memory.
     *
     * @return the file, or empty for a model inside a bundle (read it with {@link #read(ModelDescriptor)})
     * @throws InferenceException {@code MODEL_NOT_FOUND}, {@code MODEL_UNREADABLE} or {@code HASH_MISMATCH} naming
     *                            the file that differs
     * @since 1.3
     */
    Optional<ModelFile> file(ModelDescriptor model) throws InferenceException;

    /** Why manifests or files were refused, one sentence each, naming the file. */
    List<String> problems();

    /** Scans the models folder again, after models were installed or removed there. May take as long as hashing them. */
    void refresh();
}
