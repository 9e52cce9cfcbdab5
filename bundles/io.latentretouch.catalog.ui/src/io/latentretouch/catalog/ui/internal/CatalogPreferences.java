package io.latentretouch.catalog.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The catalog the workbench opens: by default an embedded one in the user's Pictures folder, or a shared PostgreSQL one. */
public final class CatalogPreferences extends AbstractPreferenceInitializer {

    /** The preference node. */
    public static final String NODE = "io.latentretouch.catalog.ui";
    /** Key of the catalog's JDBC URL. */
    public static final String URL = "catalogUrl";

    @Override
    public void initializeDefaultPreferences() {
        Path file = Path.of(System.getProperty("user.home"), "Pictures", "Latent Retouch Catalog", "catalog.db");
        DefaultScope.INSTANCE.getNode(NODE).put(URL, "jdbc:sqlite:" + file);
    }

    /** The catalog's URL as the user set it (or the default). */
    public static String url() {
        return Platform.getPreferencesService().getString(NODE, URL, "", null);
    }

    /**
     * What is wrong with a catalog URL as typed, or null when it names a catalog the workbench can open (whether the
     * file or server is there is seen when it opens).
     */
    public static String problem(String url) {
        String u = url.strip();
        if (u.startsWith("jdbc:sqlite:")) {
            return u.length() > "jdbc:sqlite:".length() ? null : Messages.preferenceUrlNoFile;
        }
        if (u.startsWith("jdbc:postgresql://")) {
            return u.length() > "jdbc:postgresql://".length() ? null : Messages.preferenceUrlNoHost;
        }
        return Messages.preferenceUrlKind;
    }

    /** Sets the catalog's URL; the session opens it at its next use. */
    public static void setUrl(String url) {
        InstanceScope.INSTANCE.getNode(NODE).put(URL, url);
        CatalogSession.get().reopen();
    }
}
