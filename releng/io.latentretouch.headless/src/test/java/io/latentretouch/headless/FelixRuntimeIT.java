package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The core bundles are plain OSGi: on Apache Felix with Felix SCR the inference service appears and runs models. */
class FelixRuntimeIT {

    private static final Path BUNDLES = Path.of(System.getProperty("latentretouch.home")).resolve("bundles");

    @Test
    void inferenceServiceAppearsOnFelixAndRunsTheEmbeddedModel() throws Exception {
        try (HeadlessRuntime runtime = HeadlessRuntime.start(BUNDLES, Map.of())) {
            assertEquals(java.util.List.of(), runtime.failures());
            assertEquals("org.apache.felix.framework", runtime.context().getBundle(0).getSymbolicName());
            assertEquals(Bundle.ACTIVE, bundle(runtime, "org.apache.felix.scr").getState());

            assertNotNull(runtime.awaitMain(30_000), "the command line entry point did not appear");
            ServiceReference<?> inference = runtime.context().getServiceReference("io.latentretouch.inference.InferenceService");
            assertNotNull(inference, "no InferenceService registered");
            assertEquals("io.latentretouch.inference.onnx", inference.getBundle().getSymbolicName());
            Object service = runtime.context().getService(inference);
            String engine = (String) service.getClass().getMethod("describe").invoke(service);
            assertTrue(engine.startsWith("ONNX Runtime 1.29"), engine);

            // 'check' runs every registered model through that service; 0 means each one ran
            assertEquals(0, runtime.awaitMain(1000).applyAsInt(new String[] {"check"}));
        }
    }

    private static Bundle bundle(HeadlessRuntime runtime, String name) {
        for (Bundle b : runtime.context().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(name + " is not installed");
    }
}
