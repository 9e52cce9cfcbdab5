package io.latentretouch.inference.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/** The DS component on Equinox runs the skin detail model the build generated. */
class OnnxInferenceServiceTest {

    private static InferenceService service;
    private static ModelDescriptor skin;

    @BeforeAll
    static void services() throws Exception {
        service = Services.await(InferenceService.class);
        skin = Services.await(ModelRegistry.class).require("lr.skin-detail");
    }

    @Test
    void describesTheRuntimeAndTheProviderItsSessionsRunOn() throws Exception {
        String provider = service.provider(skin);
        String expected = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA) ? "CUDA" : "CPU";
        assertEquals(expected, provider);
        // the tests run with the defaults: provider auto, a thread per core
        assertTrue(service.describe().matches("ONNX Runtime 1\\.29\\.\\d+ \\(" + provider + ", a thread per core in each operator\\)"),
                service.describe());
    }

    @Test
    void neutralLevelIsAnExactIdentity() throws Exception {
        Map<String, Tensor> in = inputs(3f, 64, 48);
        Tensor out = service.run(skin, in, RunMonitor.NONE).get("output");
        FloatBuffer a = in.get("image").floats();
        FloatBuffer b = out.floats();
        for (int i = 0; i < a.limit(); i++) {
            assertEquals(Float.floatToIntBits(a.get(i)), Float.floatToIntBits(b.get(i)), "pixel " + i);
        }
    }

    @Test
    void levelOneFlattensDetailAndPinnedOutputsAreWrittenInPlace() throws Exception {
        Map<String, Tensor> in = inputs(1f, 64, 48);
        Tensor out = Tensor.allocate(in.get("image").type(), in.get("image").shape());
        service.runInto(skin, in, Map.of("output", out), RunMonitor.NONE);
        assertTrue(roughness(out) < 0.5 * roughness(in.get("image")),
                "level 1 roughness " + roughness(out) + " vs source " + roughness(in.get("image")));
    }

    static Map<String, Tensor> inputs(float level, int w, int h) {
        Random random = new Random(42);
        Tensor image = Tensor.allocate(DType.FLOAT32, 1, 3, h, w);
        FloatBuffer px = image.floats();
        for (int i = 0; i < px.limit(); i++) {
            px.put(i, 0.5f + 0.1f * (float) random.nextGaussian());
        }
        Tensor mask = Tensor.allocate(DType.FLOAT32, 1, 1, h, w);
        FloatBuffer m = mask.floats();
        for (int i = 0; i < m.limit(); i++) {
            m.put(i, 1f);
        }
        return Map.of("image", image, "mask", mask, "level", Tensor.ofFloats(new float[] {level}, 1),
                "grain", Tensor.allocate(DType.FLOAT32, 1, 1, h, w), "iod", Tensor.ofFloats(new float[] {Math.min(128f, Math.min(w, h) / 4f)}, 1),
                "contrast", Tensor.ofFloats(new float[] {0.1f}, 1)); // the noise's own deviation, as the retoucher measures it
    }

    /** Mean absolute difference between horizontal neighbours: fine detail. */
    static double roughness(Tensor t) {
        FloatBuffer f = t.floats();
        int w = (int) t.dim(3);
        double sum = 0;
        int n = 0;
        for (int i = 1; i < f.limit(); i++) {
            if (i % w != 0) {
                sum += Math.abs(f.get(i) - f.get(i - 1));
                n++;
            }
        }
        return sum / n;
    }
}
