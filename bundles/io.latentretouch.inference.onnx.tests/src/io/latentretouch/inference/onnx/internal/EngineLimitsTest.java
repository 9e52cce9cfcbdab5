package io.latentretouch.inference.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtEnvironment;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/** Memory budget, cancellation inside a run, and the optimised-graph cache, on the engine's own parts. */
class EngineLimitsTest {

    @TempDir
    Path cache;

    private static ModelDescriptor skin() throws Exception {
        return Services.await(ModelRegistry.class).require("lr.skin-detail");
    }

    @Test
    void aTensorOverTheBudgetIsRefusedBeforeTheRun() throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        LoadedModel model = new SessionFactory(env, SettingsFor.with(Map.of())).create(skin(), Services.await(ModelRegistry.class));
        try (CancelWatch watch = new CancelWatch()) {
            Runner small = new Runner(env, 1 << 20, watch);
            model.retain();
            InferenceException e = assertThrows(InferenceException.class,
                    () -> small.run("lr.skin-detail", model, OnnxInferenceServiceTest.inputs(3f, 512, 512), null, RunMonitor.NONE));
            assertEquals(Code.OVER_BUDGET, e.code());
            assertTrue(e.getMessage().contains("Tensor 'image'") && e.getMessage().contains("budget of 1 MiB"), e.getMessage());
        } finally {
            model.release();
            model.close();
        }
    }

    @Test
    void cancellingStopsALongRunInsideTheEngine() throws Exception {
        Map<String, Tensor> big = OnnxInferenceServiceTest.inputs(1f, 3072, 3072);
        long full = System.nanoTime();
        Services.await(io.latentretouch.inference.InferenceService.class).run(skin(), big, RunMonitor.NONE);
        full = System.nanoTime() - full;
        long start = System.nanoTime();
        long cancelAt = start + full / 10;
        InferenceException e = assertThrows(InferenceException.class,
                () -> Services.await(io.latentretouch.inference.InferenceService.class).run(skin(), big, () -> System.nanoTime() > cancelAt));
        long took = System.nanoTime() - start;
        assertEquals(Code.CANCELLED, e.code());
        assertTrue(took < full * 0.7, "cancelled run took " + took / 1e6 + " ms of a " + full / 1e6 + " ms run");
    }

    @Test
    void theOptimisedGraphIsCachedOnDiskAndReused() throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        SessionFactory factory = new SessionFactory(env, SettingsFor.with(Map.of("optimizedModelCache", cache.toString())));
        factory.create(skin(), Services.await(ModelRegistry.class)).close();
        Path cached = cache.resolve(skin().sha256() + "-all-CPU.onnx");
        assertTrue(Files.size(cached) > 0, "no optimised graph in " + cache);
        Path seal = cache.resolve(cached.getFileName() + ".sha256");
        String sealed = Files.readString(seal);
        assertEquals(64, sealed.length(), "the graph is sealed by its hash");
        // a graph cut short (a crash while ONNX Runtime wrote it) is not loaded: it is made again and sealed anew
        byte[] whole = Files.readAllBytes(cached);
        Files.write(cached, java.util.Arrays.copyOf(whole, whole.length / 2));
        factory.create(skin(), Services.await(ModelRegistry.class)).close();
        assertEquals(whole.length, Files.size(cached), "the broken graph was not made again");
        assertEquals(sealed, Files.readString(seal));
        LoadedModel again = factory.create(skin(), Services.await(ModelRegistry.class));
        AtomicBoolean ran = new AtomicBoolean();
        try (CancelWatch watch = new CancelWatch()) {
            again.retain();
            ran.set(new Runner(env, 1L << 30, watch).run("lr.skin-detail", again, OnnxInferenceServiceTest.inputs(3f, 32, 32), null,
                    RunMonitor.NONE).containsKey("output"));
        } finally {
            again.release();
            again.close();
        }
        assertTrue(ran.get());
    }
}
