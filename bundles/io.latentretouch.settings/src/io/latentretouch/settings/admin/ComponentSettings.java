package io.latentretouch.settings.admin;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Components' settings in Configuration Admin, as the preference pages edit them: the same PIDs and keys a headless
 * host reads from {@code conf/PID.cfg}, so writing them reconfigures the components at once. May be called on any
 * thread.
 */
public final class ComponentSettings {

    private final ConfigurationAdmin admin;

    private ComponentSettings(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /**
     * The settings of this workbench, or empty when it runs without Configuration Admin.
     *
     * @param caller a class of the calling bundle, which is started: its context looks the service up
     */
    public static Optional<ComponentSettings> open(Class<?> caller) {
        try {
            BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
            ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
            ConfigurationAdmin admin = ref == null ? null : context.getService(ref);
            return Optional.ofNullable(admin).map(ComponentSettings::new);
        } catch (NoClassDefFoundError e) {
            // a workbench without Configuration Admin's package: the components keep their defaults
            return Optional.empty();
        }
    }

    /** The configured value of a key, or "" where the component keeps its default. */
    public String get(String pid, String key) throws IOException {
        Dictionary<String, Object> p = configuration(pid).getProperties();
        Object value = p == null ? null : p.get(key);
        return value == null ? "" : value.toString();
    }

    /**
     * Sets the values of one PID (a blank string removes its key, so the default applies) and keeps its other keys.
     * A PID never configured and given only blanks stays unconfigured: an empty first configuration would restart its
     * components for nothing.
     *
     * @throws IOException when Configuration Admin cannot store them
     */
    public void set(String pid, Map<String, ?> values) throws IOException {
        Configuration c = configuration(pid);
        boolean stored = c.getProperties() != null;
        Dictionary<String, Object> p = stored ? c.getProperties() : new Hashtable<>();
        values.forEach((key, value) -> {
            if (value instanceof String s && s.isBlank()) {
                p.remove(key);
            } else {
                p.put(key, value instanceof String s ? s.strip() : value);
            }
        });
        if (stored || !p.isEmpty()) {
            c.updateIfDifferent(p);
        }
    }

    private Configuration configuration(String pid) throws IOException {
        return admin.getConfiguration(pid, "?");
    }
}
