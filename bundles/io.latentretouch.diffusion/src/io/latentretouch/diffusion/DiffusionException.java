package io.latentretouch.diffusion;

/** The one checked exception of generation; {@link #code()} says what kind of failure it is. */
public final class DiffusionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Kinds of failure. */
    public enum Code {
        /** A file of the model folder is missing or cannot be read or parsed. */
        UNREADABLE,
        /** A file was read but holds a value that cannot be used: the message names the file, the key and what is valid. */
        INVALID,
        /** A request the model or the scheduler cannot serve, such as more steps than the schedule has. */
        UNSUPPORTED,
        /** The caller cancelled the generation; nothing was produced. */
        CANCELLED
    }

    private final Code code;

    public DiffusionException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public DiffusionException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
