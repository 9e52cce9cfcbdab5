package io.latentretouch.retouch.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Latent Retouch perspective. */
public final class Messages extends NLS {

    public static String modelsEngine;
    public static String modelsNoEngine;
    public static String modelsProblems;
    public static String columnModel;
    public static String columnTask;
    public static String columnOrigin;
    public static String columnLicence;
    public static String columnHash;

    static {
        NLS.initializeMessages(Messages.class.getName(), Messages.class);
    }

    private Messages() {
    }
}
