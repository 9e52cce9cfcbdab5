package io.latentretouch.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void allocatesDirectNativeOrderBuffersOfTheShapesSize() {
        Tensor t = Tensor.allocate(DType.FLOAT16, 1, 3, 4, 5);
        assertTrue(t.bytes().isDirect());
        assertEquals(ByteOrder.nativeOrder(), t.bytes().order());
        assertEquals(60, t.elementCount());
        assertEquals(120, t.bytes().capacity());
    }

    @Test
    void wrapSharesTheCallersBufferWithoutCopying() {
        ByteBuffer direct = ByteBuffer.allocateDirect(4 * 6).order(ByteOrder.nativeOrder());
        Tensor t = Tensor.wrap(direct, DType.FLOAT32, 2, 3);
        direct.asFloatBuffer().put(5, 7.5f);
        assertEquals(7.5f, t.floats().get(5));
    }

    @Test
    void refusesHeapBuffersAndWrongSizes() {
        assertThrows(IllegalArgumentException.class, () -> Tensor.wrap(ByteBuffer.allocate(24), DType.FLOAT32, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.wrap(ByteBuffer.allocateDirect(20), DType.FLOAT32, 2, 3));
        assertTrue(e.getMessage().contains("needs 24"), e.getMessage());
    }

    @Test
    void refusesTensorsOverTheBufferLimitBeforeAllocating() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.allocate(DType.FLOAT32, 1, 3, 100_000, 100_000));
        assertTrue(e.getMessage().contains("tile"), e.getMessage());
    }

    @Test
    void typedViewsCheckTheElementType() {
        Tensor t = Tensor.allocate(DType.UINT8, 4);
        assertThrows(IllegalStateException.class, t::floats);
        Tensor l = Tensor.allocate(DType.INT64, 2);
        l.longs().put(1, 1L << 40);
        assertEquals(1L << 40, l.longs().get(1));
    }
}
