package io.latentretouch.settings.conf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import io.latentretouch.settings.Settings;

/**
 * A folder of {@code PID.cfg} files (Java properties) kept in Configuration Admin: read at once when Configuration
 * Admin appears, then polled; a changed file is applied once it has stopped changing for one poll (a copy still in
 * progress is not read half-written), a removed file removes its configuration.
 */
final class ConfFolder implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Settings.LOGGER);
    private static final long POLL_MILLIS = 1000;

    private final Path folder;
    private final ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> tracker;
    private final Map<Path, CfgFile.Stamp> applied = new HashMap<>();
    private final Map<Path, CfgFile.Stamp> changing = new HashMap<>();
    private Thread poller;

    ConfFolder(BundleContext context, Path folder) {
        this.folder = folder.toAbsolutePath();
        tracker = new ServiceTracker<>(context, ConfigurationAdmin.class, null) {
            @Override
            public ConfigurationAdmin addingService(org.osgi.framework.ServiceReference<ConfigurationAdmin> reference) {
                ConfigurationAdmin admin = super.addingService(reference);
                start(admin);
                return admin;
            }
        };
        tracker.open();
    }

    private synchronized void start(ConfigurationAdmin admin) {
        if (poller != null) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            LOG.log(System.Logger.Level.WARNING, "The configuration folder " + folder + " does not exist; every setting keeps its default until it does");
        }
        removeStale(admin);
        poll(admin, true);
        poller = new Thread(() -> follow(admin), "Latent Retouch configuration folder");
        poller.setDaemon(true);
        poller.start();
    }

    private void follow(ConfigurationAdmin admin) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(POLL_MILLIS);
                poll(admin, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One look at the folder; at start every file is applied as it is. */
    private synchronized void poll(ConfigurationAdmin admin, boolean initial) {
        Map<Path, CfgFile.Stamp> now = list();
        for (Map.Entry<Path, CfgFile.Stamp> e : now.entrySet()) {
            Path file = e.getKey();
            CfgFile.Stamp stamp = e.getValue();
            if (stamp.equals(applied.get(file))) {
                changing.remove(file);
            } else if (initial || stamp.equals(changing.get(file))) {
                changing.remove(file);
                applied.put(file, stamp);
                CfgFile.apply(admin, file);
            } else {
                changing.put(file, stamp);
            }
        }
        for (Path gone : applied.keySet().stream().filter(f -> !now.containsKey(f)).toList()) {
            applied.remove(gone);
            CfgFile.remove(admin, gone);
        }
    }

    private Map<Path, CfgFile.Stamp> list() {
        Map<Path, CfgFile.Stamp> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.filter(CfgFile::isCfg).toList()) {
                CfgFile.stamp(f).ifPresent(s -> files.put(f, s));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list the configuration folder " + folder + ": " + e.getMessage());
        }
        return files;
    }

    /** Configurations an earlier run read from this folder whose files are gone (Configuration Admin keeps them). */
    private void removeStale(ConfigurationAdmin admin) {
        try {
            Configuration[] all = admin.listConfigurations("(" + Settings.SOURCE + "=*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Path source = Path.of(String.valueOf(c.getProperties().get(Settings.SOURCE)));
                if (folder.equals(source.getParent()) && !Files.exists(source)) {
                    CfgFile.remove(admin, source);
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list the configurations read from " + folder + " before: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        tracker.close();
        Thread p;
        synchronized (this) {
            p = poller;
        }
        if (p != null) {
            p.interrupt();
            p.join(5000);
        }
    }
}
