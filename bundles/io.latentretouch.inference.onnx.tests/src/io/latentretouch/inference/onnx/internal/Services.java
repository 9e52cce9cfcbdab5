package io.latentretouch.inference.onnx.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for an OSGi service, as a test sees it. */
final class Services {

    private Services() {
    }

    static <T> T await(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(20_000);
        if (service == null) {
            throw new AssertionError("No " + type.getSimpleName() + " service appeared within 20 s");
        }
        return service;
    }
}
