package io.latentretouch.settings.conf.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Properties;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import io.latentretouch.settings.Settings;

/** One {@code PID.cfg} file of the configuration folder and what it does to Configuration Admin. */
final class CfgFile {

    private static final System.Logger LOG = System.getLogger(Settings.LOGGER);
    private static final String SUFFIX = ".cfg";

    /** What tells a changed file from an unchanged one. */
    record Stamp(long modified, long size) {
    }

    private CfgFile() {
    }

    static boolean isCfg(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() && !name.startsWith(".");
    }

    static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? Optional.of(new Stamp(a.lastModifiedTime().toMillis(), a.size())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the file into the configuration of its PID; an unreadable file leaves the configuration as it was. */
    static void apply(ConfigurationAdmin admin, Path file) {
        Hashtable<String, Object> values = new Hashtable<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            p.stringPropertyNames().forEach(k -> values.put(k.strip(), p.getProperty(k).strip()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the configuration file " + file + " (" + e.getMessage()
                    + "); its configuration stays as it was");
            return;
        }
        values.put(Settings.SOURCE, file.toString());
        try {
            if (configuration(admin, file).updateIfDifferent(values)) {
                LOG.log(System.Logger.Level.INFO, "Configuration " + pid(file) + " read from " + file);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Configuration Admin refused " + file + ": " + e.getMessage());
        }
    }

    /** The file is gone: its settings go back to their defaults. */
    static void remove(ConfigurationAdmin admin, Path file) {
        try {
            configuration(admin, file).delete();
            LOG.log(System.Logger.Level.INFO, "Configuration " + pid(file) + " removed with " + file + "; its settings are back to their defaults");
        } catch (IOException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove configuration " + pid(file) + ": " + e.getMessage());
        }
    }

    private static Configuration configuration(ConfigurationAdmin admin, Path file) throws IOException {
        return admin.getConfiguration(pid(file), "?");
    }

    private static String pid(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
