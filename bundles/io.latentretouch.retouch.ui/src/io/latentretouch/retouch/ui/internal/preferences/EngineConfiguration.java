package io.latentretouch.retouch.ui.internal.preferences;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.settings.admin.ComponentSettings;

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

    private final ComponentSettings settings;

    private EngineConfiguration(ComponentSettings settings) {
        this.settings = settings;
    }

    /** The configuration of this workbench, or empty when it runs without Configuration Admin. */
    static Optional<EngineConfiguration> open() {
        return ComponentSettings.open(EngineConfiguration.class).map(EngineConfiguration::new);
    }

    /** The configured value, or "" where the component keeps its default. */
    String get(Key key) throws IOException {
        return settings.get(key.pid, key.name);
    }

    /**
     * Sets the values (a blank one removes its key, so the default applies) and keeps the other keys of each PID.
     *
     * @throws IOException when Configuration Admin cannot store them
     * @throws NumberFormatException when a whole-number setting is given something else
     */
    void set(Map<Key, String> values) throws IOException {
        for (String pid : new String[] {Pid.ENGINE, Pid.REGISTRY}) {
            Map<String, Object> given = new HashMap<>();
            for (Map.Entry<Key, String> e : values.entrySet()) {
                if (e.getKey().pid.equals(pid)) {
                    String v = e.getValue().strip();
                    given.put(e.getKey().name, e.getKey().whole && !v.isEmpty() ? (Object) Integer.valueOf(v) : v);
                }
            }
            settings.set(pid, given);
        }
    }
}
