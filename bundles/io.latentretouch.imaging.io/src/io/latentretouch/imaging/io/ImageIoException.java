package io.latentretouch.imaging.io;

import java.nio.file.Path;

/** The one error of image reading and writing: what went wrong, with which file, in one sentence for people. */
public final class ImageIoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is. */
    public enum Kind {
        /** The file does not exist, is a folder, or cannot be read. */
        UNREADABLE,
        /** The file is empty, truncated or corrupt. */
        CORRUPT,
        /** The file is not in a format we read. */
        UNSUPPORTED,
        /** The image declares more pixels than the configured limit. */
        TOO_LARGE,
        /** Writing failed: no permission or a read-only place. */
        NOT_WRITABLE,
        /** The target name is taken and must not be replaced (it may have been taken a moment ago by another writer). */
        EXISTS,
        /** The disk filled up while writing. */
        NO_SPACE
    }

    private final transient Path file;
    private final Kind kind;

    public ImageIoException(Kind kind, Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.kind = kind;
        this.file = file;
    }

    public ImageIoException(Kind kind, Path file, String message) {
        this(kind, file, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file it is about. */
    public Path file() {
        return file;
    }
}
