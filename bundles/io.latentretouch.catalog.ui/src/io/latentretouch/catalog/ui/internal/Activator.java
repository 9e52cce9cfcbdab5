package io.latentretouch.catalog.ui.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Closes the session's catalog and thumbnails when the workbench stops, releasing an embedded catalog's lock. */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // the session opens on first use
    }

    @Override
    public void stop(BundleContext context) {
        CatalogSession.get().close();
    }
}
