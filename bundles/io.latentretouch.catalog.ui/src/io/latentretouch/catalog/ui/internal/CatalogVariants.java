package io.latentretouch.catalog.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Component;

import io.latentretouch.jobs.SavedVariants;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.ui.VariantSaved;

/**
 * Stacks each variant the retouch panels save under its catalogued original and makes it the pick (the retoucher's
 * latest choice; P in the Library picks another), on the session's catalog thread. A variant whose catalog cannot be
 * opened stays a file beside its original, which the next import adopts; the Error Log says so. No catalog is made for
 * it: while the configured one does not exist, saving changes nothing here.
 */
@Component(service = VariantSaved.class)
public final class CatalogVariants implements VariantSaved {

    @Override
    public void saved(Path original, SavedVariant variant) {
        if (!CatalogPreferences.exists()) {
            // no catalog made yet: one is not made for this, the file beside the original is all there is
            return;
        }
        CatalogSession.get().edit(catalog -> SavedVariants.record(catalog, variant.file(), true),
                e -> ILog.of(CatalogVariants.class).warn("The variant " + variant.file() + " of " + original
                        + " is saved but not stacked in the catalog (" + e.getMessage() + "); importing its folder adds it", e));
    }
}
