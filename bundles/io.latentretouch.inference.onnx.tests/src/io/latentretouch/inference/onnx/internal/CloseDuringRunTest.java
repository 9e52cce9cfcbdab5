package io.latentretouch.inference.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/** Stopping the bundle (as when a user closes the workbench mid-run) waits for the run, then refuses new ones. */
class CloseDuringRunTest {

    @Test
    void deactivationWaitsForTheRunInFlightThenRefusesNewRuns() throws Exception {
        InferenceService service = Services.await(InferenceService.class);
        ModelDescriptor skin = Services.await(ModelRegistry.class).require("lr.skin-detail");
        Map<String, Tensor> big = OnnxInferenceServiceTest.inputs(1f, 2048, 2048);
        CountDownLatch inFlight = new CountDownLatch(1);
        AtomicLong lastPoll = new AtomicLong();
        RunMonitor watched = () -> {
            lastPoll.set(System.nanoTime()); // polled only while the engine runs
            inFlight.countDown();
            return false;
        };
        CompletableFuture<Map<String, Tensor>> run = CompletableFuture.supplyAsync(() -> {
            try {
                return service.run(skin, big, watched);
            } catch (InferenceException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(inFlight.await(30, TimeUnit.SECONDS), "the run did not start");
        Bundle bundle = FrameworkUtil.getBundle(OnnxInferenceService.class);
        bundle.stop();
        long stopped = System.nanoTime();
        try {
            // the future itself completes on its own thread a moment after the run returns; the engine's last poll
            // of the monitor is what says whether the run was still going when stop returned
            assertTrue(run.get(30, TimeUnit.SECONDS).get("output").elementCount() > 0, "the run in flight completed");
            assertTrue(lastPoll.get() <= stopped, "stop returned before the run in flight finished");
            InferenceException e = assertThrows(InferenceException.class, () -> service.run(skin, big, RunMonitor.NONE));
            assertEquals(Code.CLOSED, e.code());
        } finally {
            bundle.start();
        }
        assertTrue(Services.await(InferenceService.class).run(skin, OnnxInferenceServiceTest.inputs(3f, 16, 16), RunMonitor.NONE)
                .containsKey("output"), "a new service instance runs again");
    }
}
