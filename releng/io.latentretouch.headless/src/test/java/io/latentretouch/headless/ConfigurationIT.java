package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

/**
 * Issue 14: a headless host is configured from files. Its components start with the values of {@code conf/PID.cfg}
 * (threads, models folder), a changed file reconfigures the running components, a wrong key or a malformed value is
 * logged with the file and the key and the default kept, a removed file brings the defaults back; the catalog's URL and
 * the output root come from the host's file and follow it; asked for CUDA
 * on a host without it, the engine and {@code check} say that it runs on the CPU and why.
 */
class ConfigurationIT {

    private static final Path HOME = Path.of(System.getProperty("latentretouch.home"));
    private static final String ENGINE = "io.latentretouch.inference.onnx.cfg";
    private static final String REGISTRY = "io.latentretouch.inference.models.cfg";
    private static final String CATALOG = "io.latentretouch.catalog.cfg";
    private static final String INSTALLED = "it.fabric-installed";

    /** Held here: the log manager keeps loggers weakly, and a collected one would take the capturing handler with it. */
    private final Logger settingsLog = Logger.getLogger("io.latentretouch.settings");

    @TempDir
    Path work;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        settingsLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        settingsLog.removeHandler(capture);
    }

    @Test
    void theHostStartsWithItsFilesAndFollowsTheirChanges() throws Exception {
        Path conf = Files.createDirectories(work.resolve("conf"));
        Path models = installedModel(work.resolve("models"));
        Path empty = Files.createDirectories(work.resolve("no-models"));
        write(conf.resolve(ENGINE), "intraOpThreads = 1\n");
        write(conf.resolve(REGISTRY), "modelsFolder = " + models + "\n");
        try (HeadlessRuntime runtime = HeadlessRuntime.start(HOME.resolve("bundles"), Map.of("io.latentretouch.conf", conf.toString()))) {
            assertEquals(List.of(), runtime.failures());
            assertTrue(describe(runtime).contains("(CPU, 1 thread per operator)"), describe(runtime));
            assertTrue(modelIds(runtime).contains(INSTALLED), modelIds(runtime).toString());
            assertTrue(loggedLine("INFO the inference engine configured from " + conf.resolve(ENGINE) + ": {intraOpThreads=1}"), logged.toString());

            write(conf.resolve(ENGINE), "intraOpThreads = 2\n");
            write(conf.resolve(REGISTRY), "modelsFolder = " + empty + "\n");
            await(() -> describe(runtime).contains("(CPU, 2 threads per operator)") && !modelIds(runtime).contains(INSTALLED),
                    () -> describe(runtime) + " " + modelIds(runtime));
            assertEquals(0, runtime.awaitMain(1000).applyAsInt(new String[] {"check"}), "the reconfigured engine runs every model");

            write(conf.resolve(ENGINE), "intraOpThreds = 3\nintraOpThreads = lots\n");
            await(() -> describe(runtime).contains("(CPU, a thread per core in each operator)"), () -> describe(runtime));
            assertTrue(loggedLine("WARNING " + conf.resolve(ENGINE) + ": unknown key 'intraOpThreds', ignored; the keys are "
                    + "[executionProvider, interOpThreads, intraOpThreads, optimization, optimizedModelCache, sessionCacheMegabytes, spinning, "
                    + "tensorBudgetMegabytes] (the inference engine)"), logged.toString());
            assertTrue(loggedLine("WARNING " + conf.resolve(ENGINE) + ": 'intraOpThreads' = 'lots' is not a whole number; the default 0 is kept"
                    + " (the inference engine)"), logged.toString());

            write(conf.resolve(REGISTRY), "modelsFolder = " + models + "\n");
            await(() -> modelIds(runtime).contains(INSTALLED), () -> modelIds(runtime).toString());
            Files.delete(conf.resolve(REGISTRY));
            await(() -> !modelIds(runtime).contains(INSTALLED), () -> modelIds(runtime).toString());
            assertTrue(loggedLine("INFO Configuration io.latentretouch.inference.models removed with " + conf.resolve(REGISTRY)
                    + "; its settings are back to their defaults"), logged.toString());
        }
    }

    @Test
    void theCatalogAndTheOutputRootComeFromTheHostsFileAndFollowIt() throws Exception {
        Path conf = Files.createDirectories(work.resolve("conf"));
        Path shoot = Files.createDirectories(work.resolve("share").resolve("shoot"));
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                photo.setRGB(x, y, (190 + x / 2) << 16 | (140 + y) << 8 | 120);
            }
        }
        javax.imageio.ImageIO.write(photo, "png", shoot.resolve("look.png").toFile());
        Path catalog = work.resolve("catalog.db");
        Path first = work.resolve("variants");
        Path second = work.resolve("variants-2");
        write(conf.resolve(CATALOG), "url = jdbc:sqlite:" + catalog + "\noutputRoot = " + first + "\n");
        try (HeadlessRuntime runtime = HeadlessRuntime.start(HOME.resolve("bundles"), Map.of("io.latentretouch.conf", conf.toString()))) {
            assertEquals(List.of(), runtime.failures());
            assertEquals(0, runtime.awaitMain(1000).applyAsInt(new String[] {"regenerate", "--seed", "1", shoot.toString()}),
                    "no --catalog: the configured one");
            assertTrue(Files.isRegularFile(catalog), "the catalog opened is the configured one");
            assertEquals(1, variants(first.resolve("shoot").resolve("look.variants")), "the variant is under the output root");
            try (Stream<Path> files = Files.list(shoot)) {
                assertEquals(List.of(shoot.resolve("look.png")), files.toList(), "nothing is written beside the original");
            }

            write(conf.resolve(CATALOG), "url = jdbc:sqlite:" + catalog + "\noutputRoot = " + second + "\n");
            await(() -> loggedLine("INFO regeneration configured from " + conf.resolve(CATALOG) + ": {outputRoot=" + second + ", url=jdbc:sqlite:"
                    + catalog + "}"), logged::toString);
            assertEquals(0, runtime.awaitMain(1000).applyAsInt(new String[] {"regenerate", "--seed", "2", shoot.toString()}));
            assertEquals(1, variants(second.resolve("shoot").resolve("look.variants")), "the changed file applies to the next batch");
        }
    }

    /** How many variants a variants folder holds: their images, not the labelled copies, the sidecars or temporary files. */
    private static long variants(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png") && !n.endsWith("-labelled.png") && !n.startsWith(".")).count();
        }
    }

    @Test
    void cudaAskedForOnAHostWithoutItIsReportedByTheEngineAndByCheck() throws Exception {
        Path conf = Files.createDirectories(work.resolve("conf"));
        write(conf.resolve(ENGINE), "executionProvider = cuda\nintraOpThreads = 1\n");
        // the script reads conf/ of the distribution, which holds samples only
        String out = check(Map.of());
        assertTrue(out.contains("engine: ONNX Runtime 1.29"), out);
        assertTrue(out.lines().filter(l -> l.startsWith("model ")).allMatch(l -> l.contains(" on CPU  loaded in ")), out);
        assertTrue(!out.contains("CUDA was asked for"), "without the file nothing asks for CUDA: " + out);

        String reported = check(Map.of("LR_JAVA_OPTS", "-Dio.latentretouch.conf=" + conf));
        assertTrue(reported.contains("engine: ONNX Runtime 1.29.0 (CPU, 1 thread per operator; CUDA was asked for, but this ONNX Runtime "
                + "build has no CUDA provider (the CPU build is installed))"), reported);
        assertEquals(1, reported.lines().filter(l -> l.contains("Running on the CPU: CUDA was asked for")).count(), "logged once: " + reported);
        assertTrue(reported.lines().filter(l -> l.startsWith("model ")).allMatch(l -> l.contains(" on CPU  loaded in ")), reported);
    }

    /** {@code bin/latent-retouch check} with these environment variables; it must exit 0. */
    private String check(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/latent-retouch").toString(), "check").directory(work.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "check did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** A models folder with one installed model: the embedded fabric model's file under another id. */
    private static Path installedModel(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path jar;
        try (Stream<Path> bundles = Files.list(HOME.resolve("bundles"))) {
            jar = bundles.filter(b -> b.getFileName().toString().startsWith("io.latentretouch.inference.models_")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("models/fabric-detail.onnx"))) {
                Files.copy(in, folder.resolve("fabric-detail.onnx"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("models/fabric-detail.json"))) {
                String manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"lr.fabric-detail\"", "\"" + INSTALLED + "\"");
                Files.writeString(folder.resolve("fabric-installed.json"), manifest);
            }
        }
        return folder;
    }

    /** Saved in place, as an editor does; the loader applies it once it has stopped changing. */
    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }

    private boolean loggedLine(String line) {
        synchronized (logged) {
            return logged.contains(line);
        }
    }

    private static String describe(HeadlessRuntime runtime) {
        return (String) call(service(runtime, "io.latentretouch.inference.InferenceService"), "describe");
    }

    private static List<String> modelIds(HeadlessRuntime runtime) {
        List<?> models = (List<?>) call(service(runtime, "io.latentretouch.inference.ModelRegistry"), "models");
        return models.stream().map(m -> (String) call(m, "id")).toList();
    }

    private static Object service(HeadlessRuntime runtime, String type) {
        ServiceReference<?> ref = runtime.context().getServiceReference(type);
        Object service = ref == null ? null : runtime.context().getService(ref);
        if (service == null) {
            throw new IllegalStateException("no " + type + " registered (being reconfigured)");
        }
        return service;
    }

    private static Object call(Object target, String method) {
        try {
            java.lang.reflect.Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Supplier<Boolean> condition, Supplier<String> state) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (IllegalStateException reconfiguring) {
                // the component is between deactivation and activation
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reconfigured within 20 s: " + state.get());
    }
}
