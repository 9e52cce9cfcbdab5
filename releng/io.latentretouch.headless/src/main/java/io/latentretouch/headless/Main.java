package io.latentretouch.headless;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The headless command line: starts the core bundles on Apache Felix and hands the arguments to their entry point.
 * The exit code is the command's. The distribution's script sets {@code latentretouch.home}; the settings of the
 * components come from {@code conf/*.cfg} there, or from the folder named by {@code -Dio.latentretouch.conf}.
 */
public final class Main {

    /** Framework property of the configuration folder ({@code PID.cfg} files); {@code conf/} of the distribution. */
    static final String CONF = "io.latentretouch.conf";

    /** Exit code when the runtime itself cannot start. */
    static final int RUNTIME_FAILED = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path home = Path.of(System.getProperty("latentretouch.home", "."));
        Path bundles = home.resolve("bundles");
        if (!Files.isDirectory(bundles)) {
            System.err.println("latent-retouch: no bundles folder at " + bundles.toAbsolutePath() + "; run the distribution's bin/latent-retouch script");
            return RUNTIME_FAILED;
        }
        Map<String, String> properties = new HashMap<>();
        String models = System.getProperty("io.latentretouch.models.folder");
        if (models != null) {
            properties.put("io.latentretouch.models.folder", models);
        }
        properties.put(CONF, System.getProperty(CONF, home.resolve("conf").toString()));
        try (HeadlessRuntime runtime = HeadlessRuntime.start(bundles, properties)) {
            runtime.failures().forEach(f -> System.err.println("latent-retouch: bundle failed: " + f));
            ToIntFunction<String[]> main = runtime.awaitMain(30_000);
            if (main == null) {
                System.err.println("latent-retouch: the runtime did not provide its command line within 30 s; is the io.latentretouch.batch bundle in " + bundles + "?");
                return RUNTIME_FAILED;
            }
            return main.applyAsInt(args);
        } catch (Exception e) {
            System.err.println("latent-retouch: the runtime failed: " + e);
            return RUNTIME_FAILED;
        }
    }
}
