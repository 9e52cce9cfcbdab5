package io.latentretouch.retouch.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.ui.VariantSaved;

/** Tells the registered {@link VariantSaved} services of a variant the panels saved. */
public final class SaveListeners {

    private SaveListeners() {
    }

    /** Each service in turn; one that fails is logged and the others are still told (the variant is saved either way). */
    public static void tell(Path original, SavedVariant variant) {
        BundleContext context = FrameworkUtil.getBundle(SaveListeners.class).getBundleContext();
        try {
            for (ServiceReference<VariantSaved> ref : context.getServiceReferences(VariantSaved.class, null)) {
                VariantSaved listener = context.getService(ref);
                if (listener == null) {
                    continue;
                }
                try {
                    listener.saved(original, variant);
                } catch (RuntimeException e) {
                    ILog.of(SaveListeners.class).error("A listener failed on the saved variant " + variant.file() + ": " + e.getMessage(), e);
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter was given", e);
        }
    }
}
