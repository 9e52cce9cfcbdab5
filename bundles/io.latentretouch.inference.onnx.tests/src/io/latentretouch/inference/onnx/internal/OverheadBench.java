package io.latentretouch.inference.onnx.internal;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/**
 * Benchmark, run on demand ({@code -Dbench=true}, see docs/BENCHMARKS.md): the Java side of a run (copying planar
 * pixels into tensors, the service's checks, reading the result back into planes) against the bare
 * {@code OrtSession.run} on the same zero-copy tensors, for the skin detail model at 1×3×1024×1024.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class OverheadBench {

    private static final int SIZE = 1024;
    private static final int RUNS = 15;

    @Test
    void javaSideOverheadAgainstSessionRun() throws Exception {
        ModelDescriptor model = Services.await(ModelRegistry.class).require("lr.skin-detail");
        InferenceService service = Services.await(InferenceService.class);
        float[][] planes = new float[3][SIZE * SIZE];
        for (int c = 0; c < 3; c++) {
            Arrays.fill(planes[c], 0.5f + 0.1f * c);
        }
        Map<String, Tensor> in = OnnxInferenceServiceTest.inputs(2f, SIZE, SIZE);
        Tensor out = Tensor.allocate(DType.FLOAT32, 1, 3, SIZE, SIZE);
        float[][] back = new float[3][SIZE * SIZE];

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[] bare = new long[RUNS];
        long[] prepare = new long[RUNS];
        long[] full = new long[RUNS];
        long[] readBack = new long[RUNS];
        // the bare session has the service's own options and also writes into a pinned output
        LoadedModel loaded = new SessionFactory(env, SettingsFor.with(Map.of())).create(model, Services.await(ModelRegistry.class));
        try {
            OrtSession session = loaded.session();
            Map<String, OnnxTensor> ort = new HashMap<>();
            for (Map.Entry<String, Tensor> e : in.entrySet()) {
                ort.put(e.getKey(), OrtTensors.wrap(env, e.getValue()));
            }
            Tensor bareOut = Tensor.allocate(DType.FLOAT32, 1, 3, SIZE, SIZE);
            Map<String, OnnxTensor> pinned = Map.of("output", OrtTensors.wrap(env, bareOut));
            for (int i = 0; i < RUNS + 3; i++) {
                long t0 = System.nanoTime();
                session.run(ort, java.util.Set.of(), pinned).close();
                long t1 = System.nanoTime();
                FloatBuffer image = in.get("image").floats();
                for (int c = 0; c < 3; c++) {
                    image.put(c * SIZE * SIZE, planes[c]);
                }
                long t2 = System.nanoTime();
                service.runInto(model, in, Map.of("output", out), RunMonitor.NONE);
                long t3 = System.nanoTime();
                FloatBuffer result = out.floats();
                for (int c = 0; c < 3; c++) {
                    result.get(c * SIZE * SIZE, back[c]);
                }
                long t4 = System.nanoTime();
                if (i >= 3) {
                    bare[i - 3] = t1 - t0;
                    prepare[i - 3] = t2 - t1;
                    full[i - 3] = t3 - t2;
                    readBack[i - 3] = t4 - t3;
                }
            }
            ort.values().forEach(OnnxTensor::close);
            pinned.values().forEach(OnnxTensor::close);
        } finally {
            loaded.close();
        }
        double run = median(bare);
        double overhead = median(prepare) + Math.max(0, median(full) - run) + median(readBack);
        System.out.println("| step (skin detail, 1×3×1024×1024, median of " + RUNS + ") | ms |");
        System.out.println("|---|---|");
        System.out.printf("| OrtSession.run, same options, zero-copy inputs, pinned output | %.1f |%n", run);
        System.out.printf("| planes → input tensor | %.2f |%n", median(prepare));
        System.out.printf("| service.runInto (checks, wrapping, NaN scan, run into pinned output) | %.1f |%n", median(full));
        System.out.printf("| output tensor → planes | %.2f |%n", median(readBack));
        System.out.printf("| Java-side overhead | %.1f (%.1f %% of session.run) |%n", overhead, 100 * overhead / run);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
