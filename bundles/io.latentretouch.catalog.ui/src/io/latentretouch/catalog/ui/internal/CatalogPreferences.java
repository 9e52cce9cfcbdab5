package io.latentretouch.catalog.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.jobs.CatalogSettings;
import io.latentretouch.settings.admin.ComponentSettings;

/**
 * The catalog the workbench opens and where its variants go: the {@link CatalogSettings} in Configuration Admin, the
 * same a headless host reads from {@code conf/io.latentretouch.catalog.cfg}. Without a URL set, an embedded catalog in
 * the user's Pictures folder. May be called on any thread.
 */
public final class CatalogPreferences {

    private static final String SQLITE = "jdbc:sqlite:";
    private static final System.Logger LOG = System.getLogger(CatalogPreferences.class.getName());

    private CatalogPreferences() {
    }

    /** The embedded catalog a seat opens when none is configured. */
    public static String defaultUrl() {
        return SQLITE + Path.of(System.getProperty("user.home"), "Pictures", "Latent Retouch Catalog", "catalog.db");
    }

    /** The catalog's URL as configured, or the default. */
    public static String url() {
        String url = configured(CatalogSettings.PID, "url");
        return url.isEmpty() ? defaultUrl() : url;
    }

    /**
     * Whether the configured catalog is there to open: an embedded one whose file exists, or a server's (whether it
     * answers is seen when it opens).
     */
    public static boolean exists() {
        String u = url();
        if (!u.startsWith(SQLITE)) {
            return true;
        }
        String file = u.substring(SQLITE.length());
        int options = file.indexOf('?');
        return Files.exists(Path.of(options < 0 ? file : file.substring(0, options)));
    }

    /** The output root as configured, or "" when variants go beside their originals. */
    public static String outputRoot() {
        return configured(CatalogSettings.PID, "outputRoot");
    }

    /**
     * What is wrong with a catalog URL as typed, or null when it names a catalog the workbench can open (whether the
     * file or server is there is seen when it opens). Blank is the default catalog.
     */
    public static String problem(String url) {
        String u = url.strip();
        if (u.isEmpty()) {
            return null;
        }
        if (u.startsWith(SQLITE)) {
            return u.length() > SQLITE.length() ? null : Messages.preferenceUrlNoFile;
        }
        if (u.startsWith("jdbc:postgresql://")) {
            return u.length() > "jdbc:postgresql://".length() ? null : Messages.preferenceUrlNoHost;
        }
        return Messages.preferenceUrlKind;
    }

    /**
     * Stores both settings (blank: the default) and, when the catalog changed, closes the open one: the session opens
     * the new one at its next use.
     *
     * @throws IOException when Configuration Admin is missing or cannot store them
     */
    public static void set(String url, String outputRoot) throws IOException {
        String before = url();
        settings().orElseThrow(() -> new IOException(Messages.preferenceNoConfigurationAdmin))
                .set(CatalogSettings.PID, Map.of("url", url, "outputRoot", outputRoot));
        if (!before.equals(url())) {
            CatalogSession.get().reopen();
        }
    }

    /** Sets the catalog's URL and keeps the output root. */
    public static void setUrl(String url) throws IOException {
        set(url, outputRoot());
    }

    private static String configured(String pid, String key) {
        Optional<ComponentSettings> settings = settings();
        if (settings.isEmpty()) {
            return "";
        }
        try {
            return settings.get().get(pid, key);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The catalog settings cannot be read (" + e.getMessage() + "); the defaults apply");
            return "";
        }
    }

    private static Optional<ComponentSettings> settings() {
        return ComponentSettings.open(CatalogPreferences.class);
    }
}
