package io.latentretouch.jobs;

import java.io.IOException;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.jobs.internal.PickRecords;

/**
 * A stack's pick, kept in the catalog and beside the stack's variants, so a catalog rebuilt from the files picks the
 * same member: a variants folder holding the pick has a {@value PickRecords#FILE} naming it (XMP, {@code lr:Pick});
 * picking an original removes the record, the original being the pick a stack starts with. Call it off the UI thread.
 */
public final class Picks {

    private Picks() {
    }

    /**
     * Makes a member of the stack its pick, then records it beside the stack's variants.
     *
     * @throws CatalogException {@code NOT_FOUND} when it is not a member, or when the catalog fails
     * @throws IOException      when the record cannot be written; the catalog has the pick
     */
    public static void pick(Catalog catalog, long stackId, long assetId) throws CatalogException, IOException {
        catalog.pick(stackId, assetId);
        PickRecords.record(catalog, catalog.stackOf(assetId));
    }
}
