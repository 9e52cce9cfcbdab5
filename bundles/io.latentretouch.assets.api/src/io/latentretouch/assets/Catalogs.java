package io.latentretouch.assets;

import java.nio.file.Path;

/** Opens catalogs. A service; thread-safe. */
public interface Catalogs {

    /**
     * Opens (creating it when it does not exist) and brings up to date the catalog at a JDBC URL:
     * {@code jdbc:sqlite:/path/catalog.db} for the embedded catalog of one seat, {@code jdbc:postgresql://host/db} for
     * one that many seats and hosts share. An embedded catalog is checked ({@code quick_check}) and snapshotted before
     * a migration and weekly.
     *
     * @throws CatalogException {@code LOCKED} when another process has the embedded catalog open (naming its host and
     *                          pid), {@code CORRUPT}, {@code UNREACHABLE}, {@code MIGRATION}
     */
    Catalog open(String url) throws CatalogException;

    /**
     * Opens (creating it when it does not exist) the thumbnails database in this file: a seat's own, beside its
     * workspace, whichever catalog it opens. A damaged one is replaced by an empty one (it is only a cache).
     *
     * @throws CatalogException {@code UNREACHABLE} when the file cannot be created
     */
    ThumbnailStore thumbnails(Path file) throws CatalogException;
}
