package io.latentretouch.inference.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.testing.Services;

/** The engine says which provider really runs: a CUDA request on a build without CUDA falls back and says why. */
class ProvidersTest {

    private static final EnumSet<OrtProvider> CPU_BUILD = EnumSet.of(OrtProvider.CPU);

    @Test
    void cudaAskedForOnTheCpuBuildFallsBackAndSaysWhy() throws Exception {
        Providers p = new Providers("CUDA", CPU_BUILD);
        assertEquals("CPU", p.current());
        assertTrue(p.fallback().orElseThrow().contains("no CUDA provider"), p.fallback().toString());
        try (SessionOptions options = new SessionOptions()) {
            assertEquals("CPU", p.configure(options));
        }
    }

    @Test
    void autoOnTheCpuBuildAndCpuOnAnyBuildAreNoFallback() throws Exception {
        for (Providers p : new Providers[] {new Providers("auto", CPU_BUILD), new Providers("cpu", EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA))}) {
            assertEquals("CPU", p.current());
            assertTrue(p.fallback().isEmpty());
            try (SessionOptions options = new SessionOptions()) {
                assertEquals("CPU", p.configure(options));
            }
        }
    }

    @Test
    void anUnknownProviderNameMeansAuto() {
        assertEquals(new Providers("auto", EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA)).current(),
                new Providers("gpu", EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA)).current());
        assertEquals("CUDA", new Providers("gpu", EnumSet.of(OrtProvider.CPU, OrtProvider.CUDA)).current());
    }

    @Test
    void theEngineOnThisHostAskedForCudaRunsOnWhatItReportsAndSaysSo() throws Exception {
        boolean cuda = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        SessionFactory factory = new SessionFactory(OrtEnvironment.getEnvironment(),
                SettingsFor.with(Map.of("executionProvider", "cuda", "intraOpThreads", "1")));
        ModelRegistry registry = Services.await(ModelRegistry.class);
        LoadedModel loaded = factory.create(registry.require("lr.skin-detail"), registry);
        try {
            String described = factory.describe();
            assertTrue(described.startsWith(loaded.provider() + ", 1 thread per operator"), described);
            if (!cuda) {
                assertEquals("CPU", loaded.provider());
                assertTrue(described.endsWith("; CUDA was asked for, but this ONNX Runtime build has no CUDA provider (the CPU build is installed)"), described);
            }
        } finally {
            loaded.close();
        }
    }
}
