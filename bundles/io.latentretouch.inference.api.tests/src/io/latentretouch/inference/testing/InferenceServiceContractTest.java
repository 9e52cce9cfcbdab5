package io.latentretouch.inference.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * What every {@link InferenceService} must do, shown on a "doubler" model: input {@code x} float32 [1,N], output
 * {@code y} = 2·x. An implementation's test extends this class and provides the service and that model.
 */
public abstract class InferenceServiceContractTest {

    /** The implementation under test. */
    protected abstract InferenceService service() throws Exception;

    /** A registered doubler model the service can run. */
    protected abstract ModelDescriptor doubler() throws Exception;

    private Map<String, Tensor> input(float... values) {
        return Map.of("x", Tensor.ofFloats(values, 1, values.length));
    }

    @Test
    void runsAndAllocatesTheOutputs() throws Exception {
        Map<String, Tensor> out = service().run(doubler(), input(1, -2, 3.5f), RunMonitor.NONE);
        assertEquals(List.of("y"), List.copyOf(out.keySet()));
        float[] y = new float[3];
        out.get("y").floats().get(y);
        assertArrayEquals(new float[] {2, -4, 7}, y);
        assertTrue(out.get("y").bytes().isDirect());
    }

    @Test
    void writesIntoPinnedOutputs() throws Exception {
        Tensor y = Tensor.allocate(DType.FLOAT32, 1, 4);
        service().runInto(doubler(), input(1, 2, 3, 4), Map.of("y", y), RunMonitor.NONE);
        assertEquals(8f, y.floats().get(3));
    }

    @Test
    void loadReportsTheRealContract() throws Exception {
        Contract c = service().load(doubler());
        assertEquals("x", c.inputs().get(0).name());
        assertEquals(DType.FLOAT32, c.outputs().get(0).type());
    }

    @Test
    void anUnknownInputIsRefusedNamingTheValidOnes() throws Exception {
        InferenceException e = assertThrows(InferenceException.class,
                () -> service().run(doubler(), Map.of("z", Tensor.ofFloats(new float[] {1}, 1, 1)), RunMonitor.NONE));
        assertEquals(Code.BAD_INPUT, e.code());
        assertTrue(e.getMessage().contains("Unknown input 'z'") && e.getMessage().contains("[x]"), e.getMessage());
    }

    @Test
    void aWrongTypeOrShapeIsRefused() throws Exception {
        assertEquals(Code.BAD_INPUT, assertThrows(InferenceException.class,
                () -> service().run(doubler(), Map.of("x", Tensor.allocate(DType.INT64, 1, 3)), RunMonitor.NONE)).code());
        assertEquals(Code.BAD_INPUT, assertThrows(InferenceException.class,
                () -> service().run(doubler(), Map.of("x", Tensor.allocate(DType.FLOAT32, 3)), RunMonitor.NONE)).code());
    }

    @Test
    void aCancelledRunDoesNotStart() throws Exception {
        InferenceException e = assertThrows(InferenceException.class, () -> service().run(doubler(), input(1), () -> true));
        assertEquals(Code.CANCELLED, e.code());
    }

    @Test
    void concurrentRunsEachGetTheirOwnResult() throws Exception {
        InferenceService service = service();
        ModelDescriptor model = doubler();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Float>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                float v = i;
                results.add(pool.submit(() -> service.run(model, input(v), RunMonitor.NONE).get("y").floats().get(0)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(2f * i, results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
