package io.latentretouch.inference.testing;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for OSGi services, as tests see them. */
public final class Services {

    private Services() {
    }

    public static <T> T await(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        if (service == null) {
            throw new AssertionError("No " + type.getSimpleName() + " service appeared within 20 s");
        }
        return service;
    }

    /** A context to look services up with; the API bundle has no activator and may not be started yet. */
    public static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException("Cannot start " + bundle, e);
            }
        }
        return bundle.getBundleContext();
    }
}
