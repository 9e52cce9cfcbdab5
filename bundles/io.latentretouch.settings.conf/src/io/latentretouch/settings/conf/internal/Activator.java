package io.latentretouch.settings.conf.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.latentretouch.settings.Settings;

/**
 * Loads the configuration folder named by the framework property {@value #FOLDER_PROPERTY} into Configuration Admin
 * and keeps following it. Without the property this bundle does nothing, so another Eclipse workbench with a
 * Configuration Admin of its own is left alone. Start it after Configuration Admin and before the component runtime
 * so that components activate with their configuration.
 */
public final class Activator implements BundleActivator {

    /** Framework property naming the configuration folder. */
    public static final String FOLDER_PROPERTY = "io.latentretouch.conf";

    private ConfFolder folder;

    @Override
    public void start(BundleContext context) {
        String configured = context.getProperty(FOLDER_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        try {
            folder = new ConfFolder(context, Path.of(configured));
        } catch (NoClassDefFoundError e) {
            System.getLogger(Settings.LOGGER).log(System.Logger.Level.WARNING, "The configuration folder " + configured
                    + " is ignored: this runtime has no Configuration Admin (org.osgi.service.cm)");
        }
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        if (folder != null) {
            folder.close();
        }
    }
}
