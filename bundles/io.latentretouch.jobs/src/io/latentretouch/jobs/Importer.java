package io.latentretouch.jobs;

import java.io.IOException;
import java.nio.file.Path;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.inference.RunMonitor;

/** Imports folders into a catalog. A service; thread-safe; call it off the UI thread. */
public interface Importer {

    /**
     * Imports a folder's images, recursively and incrementally: a new file becomes an original in its own stack, a
     * changed one is recorded anew, a moved one keeps its asset (found by its bytes), an unchanged one is not read.
     * A new image's upright size is read from its header and its XMP's rating, label and keywords (embedded, and the
     * sidecars') recorded. Variants folders, sidecars, stored masks and hidden files are skipped. Reports one unit per file; a cancel stops
     * after the file in hand.
     *
     * @throws IOException      when the folder cannot be listed or a file read
     * @throws CatalogException when the catalog fails
     */
    Imported importFolder(Catalog catalog, Path folder, RunMonitor monitor) throws CatalogException, IOException;
}
