package io.latentretouch.inference;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.UINT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContractTest {

    private final Contract inpaint = new Contract(
            List.of(TensorSpec.of("image", FLOAT32, "1", "3", "H", "W"), TensorSpec.of("mask", FLOAT32, "1", "1", "H", "W")),
            List.of(TensorSpec.of("output", FLOAT32, "1", "3", "H", "W")));

    @Test
    void freeDimensionsAcceptFixedAndFreeSizes() {
        Contract actual = new Contract(
                List.of(TensorSpec.of("image", FLOAT32, "1", "3", "512", "512"), TensorSpec.of("mask", FLOAT32, "?", "1", "512", "512")),
                List.of(TensorSpec.of("output", FLOAT32, "1", "3", "?", "?")));
        assertEquals(List.of(), inpaint.mismatches(actual, Task.INPAINT.phrase()));
    }

    @Test
    void aWrongTypeIsReportedInOneSentenceNamingBoth() {
        Contract actual = new Contract(
                List.of(TensorSpec.of("image", FLOAT32, "1", "3", "H", "W"), TensorSpec.of("mask", UINT8, "1", "1", "H", "W")),
                inpaint.outputs());
        assertEquals(List.of("input 'mask' is uint8 [1,1,H,W], the inpaint task expects float32 [1,1,H,W]"),
                inpaint.mismatches(actual, Task.INPAINT.phrase()));
    }

    @Test
    void aMissingTensorListsTheOnesTheModelHas() {
        Contract actual = new Contract(List.of(TensorSpec.of("input", FLOAT32, "1", "4", "H", "W")), inpaint.outputs());
        List<String> problems = inpaint.mismatches(actual, Task.INPAINT.phrase());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("no input 'image' (it has [input])"), problems.get(0));
    }

    @Test
    void fixedDimensionsMustAgree() {
        TensorSpec want = TensorSpec.of("image", FLOAT32, "1", "3", "512", "512");
        assertTrue(want.mismatch(TensorSpec.of("image", FLOAT32, "1", "3", "256", "512")).isPresent());
        assertTrue(want.mismatch(TensorSpec.of("image", FLOAT32, "1", "3", "512")).isPresent());
    }
}
