package io.latentretouch.inference;

/** The one checked exception of the inference API; {@link #code()} says what kind of failure it is. */
public final class InferenceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Kinds of failure. */
    public enum Code {
        /** No model with that id is registered. */
        MODEL_NOT_FOUND,
        /** The model file is missing, truncated or not a model the engine can read. */
        MODEL_UNREADABLE,
        /** The model file's SHA-256 differs from its manifest. */
        HASH_MISMATCH,
        /** The model's inputs or outputs do not fit its task's contract. */
        CONTRACT_MISMATCH,
        /** An input tensor is missing, unknown, or of the wrong type or shape. */
        BAD_INPUT,
        /** The model produced NaN or infinite values, or outputs of an unexpected shape. */
        BAD_OUTPUT,
        /** A tensor or session would exceed the configured memory budget. */
        OVER_BUDGET,
        /** The caller cancelled the run. */
        CANCELLED,
        /** The service was closed before or during the run. */
        CLOSED,
        /** The engine failed for another reason. */
        ENGINE_FAILURE
    }

    private final Code code;

    public InferenceException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public InferenceException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
