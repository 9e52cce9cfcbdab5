package io.latentretouch.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An OSGi framework (Apache Felix, found through the standard launch API) running every bundle of a folder, with a
 * throw-away bundle cache. Closing it stops the framework and deletes the cache.
 */
public final class HeadlessRuntime implements AutoCloseable {

    /** Service property marking the command-line entry point, a {@code ToIntFunction<String[]>}. */
    public static final String MAIN_FILTER = "(&(objectClass=java.util.function.ToIntFunction)(io.latentretouch.main=true))";

    /**
     * Started before the rest: Configuration Admin and the conf-folder loader, so that the configuration files are in
     * Configuration Admin when the component runtime activates the components.
     */
    private static final List<String> CONFIGURATION_FIRST = List.of("org.apache.felix.configadmin", "io.latentretouch.settings.conf");

    private final Framework framework;
    private final Path cache;
    private final List<String> failures = new ArrayList<>();

    private HeadlessRuntime(Framework framework, Path cache) {
        this.framework = framework;
        this.cache = cache;
    }

    /**
     * Starts the framework and every bundle in {@code bundles}; bundles that fail to start are listed in
     * {@link #failures()} and the rest keep running.
     *
     * @param properties extra framework properties, e.g. {@code io.latentretouch.conf} (the configuration folder)
     * @throws IOException     when the folder cannot be listed or the cache created
     * @throws BundleException when the framework itself cannot start
     */
    public static HeadlessRuntime start(Path bundles, Map<String, String> properties) throws IOException, BundleException {
        Path cache = Files.createTempDirectory("latent-retouch-osgi");
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new BundleException("No OSGi framework on the class path")).newFramework(config);
        framework.start();
        HeadlessRuntime runtime = new HeadlessRuntime(framework, cache);
        runtime.installAll(bundles);
        return runtime;
    }

    /** The bundle context of the framework, to look up services. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** One line per bundle that could not be installed or started. */
    public List<String> failures() {
        return failures;
    }

    /**
     * Waits for the command-line entry point.
     *
     * @return the entry point, or null when none appeared in time
     */
    @SuppressWarnings("unchecked")
    public ToIntFunction<String[]> awaitMain(long timeoutMillis) throws InterruptedException {
        try {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context(), context().createFilter(MAIN_FILTER), null);
            tracker.open();
            return (ToIntFunction<String[]>) tracker.waitForService(timeoutMillis);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws BundleException, InterruptedException, IOException {
        framework.stop();
        framework.waitForStop(30_000);
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void installAll(Path folder) throws IOException {
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try {
                    installed.add(context().installBundle(jar.toUri().toString()));
                } catch (BundleException e) {
                    failures.add(jar.getFileName() + ": " + e.getMessage());
                }
            }
        }
        installed.sort(Comparator.comparingInt(b -> {
            int first = CONFIGURATION_FIRST.indexOf(b.getSymbolicName());
            return first < 0 ? CONFIGURATION_FIRST.size() : first;
        }));
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    failures.add(b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
    }
}
