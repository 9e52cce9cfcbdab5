package io.latentretouch.settings;

import java.lang.annotation.Annotation;
import java.util.Map;

import io.latentretouch.settings.internal.Configured;
import io.latentretouch.settings.internal.SettingsReader;

/**
 * Reads a component's configuration into its typed {@code @interface} settings. Our own reader rather than the
 * component runtime's conversion, so that a wrong key or a malformed value is logged with the file and the key and
 * the default is kept, instead of failing in the middle of a run. All methods may be called on any thread.
 */
public final class Settings {

    /** Configuration property naming where a configuration came from, e.g. the file of the conf folder. */
    public static final String SOURCE = "io.latentretouch.settings.source";

    /** Logger of every configuration message: a console can show these at INFO and the rest at WARNING. */
    public static final String LOGGER = "io.latentretouch.settings";

    private Settings() {
    }

    /**
     * The settings a configuration gives, each missing or malformed one at its default. Each problem is logged at
     * WARNING; when the configuration sets any key, what it sets is logged at INFO (so every change is in the log).
     *
     * @param type       an annotation type whose method names are the keys
     * @param properties the component's properties: the configured keys beside the framework's own
     * @param what       what is configured, for the messages, e.g. "the inference engine"
     * @throws IllegalArgumentException when {@code type} has a method of a type no configuration can give
     */
    public static <A extends Annotation> A read(Class<A> type, Map<String, ?> properties, String what) {
        Configured<A> configured = SettingsReader.read(type, properties);
        System.Logger log = System.getLogger(LOGGER);
        configured.problems().forEach(p -> log.log(System.Logger.Level.WARNING, configured.source() + ": " + p + " (" + what + ")"));
        if (!configured.given().isEmpty()) {
            log.log(System.Logger.Level.INFO, what + " configured from " + configured.source() + ": " + configured.given());
        }
        return configured.settings();
    }
}
