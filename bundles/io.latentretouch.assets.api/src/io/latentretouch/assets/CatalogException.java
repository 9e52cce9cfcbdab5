package io.latentretouch.assets;

/** The one checked exception of the catalog API; {@link #kind()} says what kind of failure it is. */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Kinds of failure. */
    public enum Kind {
        /** Another process holds the catalog open (an embedded catalog has one writer); the message names it. */
        LOCKED,
        /** The catalog's file fails its integrity check; the message names the newest snapshot to restore. */
        CORRUPT,
        /** The database cannot be reached or opened (no server, wrong URL, no permission). */
        UNREACHABLE,
        /** Bringing the schema up to date failed; the catalog was left as it was. */
        MIGRATION,
        /** No row of that id. */
        NOT_FOUND,
        /** A statement failed (a full disk, a lost connection, a constraint). */
        STORAGE
    }

    private final Kind kind;

    public CatalogException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CatalogException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
