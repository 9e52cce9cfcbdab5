package io.latentretouch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.jobs.internal.VariantAdoption;

/**
 * Variants the retouch panels saved beside their originals, recorded in the catalog as they are saved rather than at
 * the next import: in the original's stack, with the key an import would give them (so importing the folder later
 * adds nothing), journalled as the retoucher's. Call it off the UI thread.
 *
 * @since 1.5
 */
public final class SavedVariants {

    /** The journal's actor for what the panels save. */
    public static final String ACTOR = "retouch";

    private SavedVariants() {
    }

    /**
     * Records the saved variant and, when {@code pick}, makes it its stack's pick ({@link Picks}).
     *
     * @return the variant's asset; empty when its original is not in the catalog (the file stays as it is) or its XMP
     * is not a variant's
     * @throws IOException when the file or the pick record cannot be read or written
     */
    public static Optional<Long> record(Catalog catalog, Path variant, boolean pick) throws CatalogException, IOException {
        Optional<Long> asset = VariantAdoption.one(catalog, variant, ACTOR);
        if (asset.isPresent() && pick) {
            Picks.pick(catalog, catalog.stackOf(asset.get()).id(), asset.get());
        }
        return asset;
    }
}
