package io.latentretouch.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The main entry point the headless launcher calls, as an OSGi service on Equinox with the real inference bundles. */
class HeadlessMainTest {

    @Test
    void checkRunsEveryEmbeddedModelAndExitsZero() throws Exception {
        Result r = run("check");
        assertEquals(0, r.code, r.text);
        assertTrue(r.text.contains("engine: ONNX Runtime 1.29"), r.text);
        assertTrue(r.text.contains("lr.skin-detail@1.0.0"), r.text);
    }

    @Test
    void unknownCommandsExitTwoListingTheKnownOnes() throws Exception {
        Result r = run("frobnicate");
        assertEquals(2, r.code);
        assertTrue(r.text.contains("unknown command 'frobnicate', expected one of [bench, check, retouch]"), r.text);
    }

    @Test
    void theReportSaysWhatReadingDidToAFile(@TempDir Path dir) throws Exception {
        Path pages = dir.resolve("contact-prints.tif");
        // a two-page TIFF as ImageMagick writes one, of its built-in sample photo
        Process p = new ProcessBuilder("convert", "rose:", "rose:", "-flop", pages.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Result r = run("retouch", "--recipe", "editorial-natural", pages.toString());
        assertEquals(0, r.code, r.text);
        assertTrue(r.text.contains("page 1 of 2 read"), r.text);
    }

    private record Result(int code, String text) {
    }

    @SuppressWarnings("unchecked")
    private static Result run(String... args) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(HeadlessMainTest.class).getBundleContext();
        ServiceTracker<ToIntFunction<String[]>, ToIntFunction<String[]>> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=java.util.function.ToIntFunction)(io.latentretouch.main=true))"), null);
        tracker.open();
        ToIntFunction<String[]> main = tracker.waitForService(20_000);
        Collection<ServiceReference<io.latentretouch.batch.Command>> commands = context.getServiceReferences(io.latentretouch.batch.Command.class, null);
        assertTrue(commands.size() >= 3, "commands registered: " + commands.size());
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Result(main.applyAsInt(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
            tracker.close();
        }
    }
}
