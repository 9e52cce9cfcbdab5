package io.latentretouch.inference;

import java.util.Map;

/**
 * Runs registered models. Sessions are created on first use and cached; concurrent runs are allowed. May be called
 * from any thread, never the UI thread for real work: a run takes as long as the model needs.
 */
public interface InferenceService {

    /**
     * Loads a model (or takes it from the cache) and checks its real inputs and outputs against its contract.
     *
     * @return the contract the model really has
     * @throws InferenceException {@code MODEL_UNREADABLE}, {@code HASH_MISMATCH}, {@code CONTRACT_MISMATCH},
     *                            {@code OVER_BUDGET} or {@code CLOSED}
     */
    Contract load(ModelDescriptor model) throws InferenceException;

    /**
     * Runs a model; outputs are allocated for the caller, who owns them.
     *
     * @throws InferenceException {@code BAD_INPUT}, {@code BAD_OUTPUT}, {@code CANCELLED}, {@code CLOSED}, any code
     *                            of {@link #load(ModelDescriptor)}, or {@code ENGINE_FAILURE}
     */
    Map<String, Tensor> run(ModelDescriptor model, Map<String, Tensor> inputs, RunMonitor monitor)
            throws InferenceException;

    /**
     * Runs a model into outputs the caller allocated (no copy of the results); every output of the model must be
     * given with its exact shape.
     *
     * @throws InferenceException as {@link #run(ModelDescriptor, Map, RunMonitor)}
     */
    void runInto(ModelDescriptor model, Map<String, Tensor> inputs, Map<String, Tensor> outputs, RunMonitor monitor)
            throws InferenceException;

    /**
     * Engine name and version, the execution provider sessions really run on and how many threads, and why not the
     * provider asked for when it fell back, e.g. "ONNX Runtime 1.29.0 (CPU, 1 thread per operator)".
     */
    String describe();

    /**
     * The inputs and outputs of a model file that is not registered (yet), as the engine reads them: what installing a
     * model detects its family from. Opens a session on the CPU and closes it.
     *
     * @throws InferenceException {@code MODEL_UNREADABLE} naming the file when it is no model the engine can load
     * @since 1.4
     */
    Contract inspect(java.nio.file.Path file) throws InferenceException;

    /**
     * The execution provider that runs this model's session, e.g. "CPU" or "CUDA"; loads the model if needed.
     *
     * @throws InferenceException as {@link #load(ModelDescriptor)}
     * @since 1.2
     */
    String provider(ModelDescriptor model) throws InferenceException;
}
