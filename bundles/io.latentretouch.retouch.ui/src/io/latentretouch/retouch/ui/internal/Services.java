package io.latentretouch.retouch.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the perspective works with, looked up when needed (they may come after the UI). */
public final class Services {

    private Services() {
    }

    /** The service, waiting up to ten seconds for it to appear. @throws IllegalStateException naming it when it does not */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            if (service == null) {
                throw new IllegalStateException("The " + type.getSimpleName() + " service is not available: is the Latent Retouch inference feature installed?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + type.getSimpleName(), e);
        }
    }
}
