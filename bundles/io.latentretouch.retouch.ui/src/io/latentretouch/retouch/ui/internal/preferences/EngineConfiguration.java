package io.latentretouch.retouch.ui.internal.preferences;

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
 * The inference engine's and the model registry's settings in Configuration Admin, the same ones a headless host
 * reads from {@code conf/PID.cfg}: writing them restarts the components with the new values. May be called on any
 * thread.
 */
final class EngineConfiguration {

    /** A setting the engine page edits: its PID and key, and whether its value is a whole number. */
    enum Key {
        INTRA_OP_THREADS(Pid.ENGINE, "intraOpThreads", true),
        INTER_OP_THREADS(Pid.ENGINE, "interOpThreads", true),
        EXECUTION_PROVIDER(Pid.ENGINE, "executionProvider", false),
        SESSION_CACHE(Pid.ENGINE, "sessionCacheMegabytes", true),
        TENSOR_BUDGET(Pid.ENGINE, "tensorBudgetMegabytes", true),
        MODELS_FOLDER(Pid.REGISTRY, "modelsFolder", false);

        final String pid;
        final String name;
        final boolean whole;

        Key(String pid, String name, boolean whole) {
            this.pid = pid;
            this.name = name;
            this.whole = whole;
        }
    }

    private static final class Pid {
        static final String ENGINE = "io.latentretouch.inference.onnx";
        static final String REGISTRY = "io.latentretouch.inference.models";
    }

    private final ConfigurationAdmin admin;

    private EngineConfiguration(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /** The configuration of this workbench, or empty when it runs without Configuration Admin. */
    static Optional<EngineConfiguration> open() {
        BundleContext context = FrameworkUtil.getBundle(EngineConfiguration.class).getBundleContext();
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = ref == null ? null : context.getService(ref);
        return Optional.ofNullable(admin).map(EngineConfiguration::new);
    }

    /** The configured value, or "" where the component keeps its default. */
    String get(Key key) throws IOException {
        Dictionary<String, Object> p = configuration(key.pid).getProperties();
        Object value = p == null ? null : p.get(key.name);
        return value == null ? "" : value.toString();
    }

    /**
     * Sets the values (a blank one removes its key, so the default applies) and keeps the other keys of each PID.
     *
     * @throws IOException when Configuration Admin cannot store them
     * @throws NumberFormatException when a whole-number setting is given something else
     */
    void set(Map<Key, String> values) throws IOException {
        for (String pid : new String[] {Pid.ENGINE, Pid.REGISTRY}) {
            Configuration c = configuration(pid);
            boolean stored = c.getProperties() != null;
            Dictionary<String, Object> p = stored ? c.getProperties() : new Hashtable<>();
            for (Map.Entry<Key, String> e : values.entrySet()) {
                if (!e.getKey().pid.equals(pid)) {
                    continue;
                }
                String v = e.getValue().strip();
                if (v.isEmpty()) {
                    p.remove(e.getKey().name);
                } else {
                    p.put(e.getKey().name, e.getKey().whole ? (Object) Integer.valueOf(v) : v);
                }
            }
            if (stored || !p.isEmpty()) {
                // an empty first configuration would restart the component for nothing
                c.updateIfDifferent(p);
            }
        }
    }

    private Configuration configuration(String pid) throws IOException {
        return admin.getConfiguration(pid, "?");
    }
}
