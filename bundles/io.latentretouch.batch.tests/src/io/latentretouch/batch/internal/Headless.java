package io.latentretouch.batch.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.ToIntFunction;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import io.latentretouch.inference.ModelRegistry;

/** The headless command line as the launcher calls it: the main service, its output captured. */
final class Headless {

    /** A command's exit code and what it printed. */
    record Result(int code, String text) {
    }

    private Headless() {
    }

    static ModelRegistry registry() throws Exception {
        ServiceTracker<ModelRegistry, ModelRegistry> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Headless.class).getBundleContext(),
                ModelRegistry.class, null);
        tracker.open();
        return tracker.waitForService(20_000);
    }

    @SuppressWarnings("unchecked")
    static Result run(String... args) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Headless.class).getBundleContext();
        ServiceTracker<ToIntFunction<String[]>, ToIntFunction<String[]>> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=java.util.function.ToIntFunction)(io.latentretouch.main=true))"), null);
        tracker.open();
        ToIntFunction<String[]> main = tracker.waitForService(20_000);
        Collection<ServiceReference<io.latentretouch.batch.Command>> commands = context.getServiceReferences(io.latentretouch.batch.Command.class, null);
        assertTrue(commands.size() >= 4, "commands registered: " + commands.size());
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
