package io.latentretouch.assets;

import java.util.Optional;

/**
 * Thumbnails kept by content hash and size in a disposable database of their own: a moved or renamed file keeps its
 * thumbnail, deleting the database loses nothing but the time to make them again. Thread-safe; call it off the UI
 * thread.
 */
public interface ThumbnailStore extends AutoCloseable {

    /** The encoded thumbnail of these bytes at this size (long side, pixels), if one was kept. */
    Optional<byte[]> read(String sha256, int size) throws CatalogException;

    /** Keeps an encoded thumbnail, replacing one kept before. @throws CatalogException {@code STORAGE} (a full disk) */
    void write(String sha256, int size, byte[] encoded) throws CatalogException;

    /** Further calls throw {@link IllegalStateException}. */
    @Override
    void close();
}
