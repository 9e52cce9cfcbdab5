package io.latentretouch.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * A dense tensor over a direct, native-order buffer, so an engine can use it without copying. Immutable in shape;
 * its content is the caller's to fill. Not thread-safe for concurrent writes; any thread may call it.
 */
public final class Tensor {

    private final DType type;
    private final long[] shape;
    private final ByteBuffer data;

    private Tensor(DType type, long[] shape, ByteBuffer data) {
        this.type = type;
        this.shape = shape;
        this.data = data;
    }

    /**
     * Allocates a zeroed tensor.
     *
     * @throws IllegalArgumentException for a negative dimension or more than 2 GiB of data
     */
    public static Tensor allocate(DType type, long... shape) {
        long bytes = byteSize(type, shape);
        return new Tensor(type, shape.clone(), ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder()));
    }

    /**
     * Wraps a direct buffer without copying; its remaining bytes must be exactly the tensor's size.
     *
     * @throws IllegalArgumentException for a heap buffer or a size that does not match the shape
     */
    public static Tensor wrap(ByteBuffer direct, DType type, long... shape) {
        if (!direct.isDirect()) {
            throw new IllegalArgumentException("Tensor data must be a direct buffer, got a heap buffer");
        }
        long bytes = byteSize(type, shape);
        if (direct.remaining() != bytes) {
            throw new IllegalArgumentException("Buffer holds " + direct.remaining() + " bytes, " + type + " "
                    + Arrays.toString(shape) + " needs " + bytes);
        }
        return new Tensor(type, shape.clone(), direct.slice().order(ByteOrder.nativeOrder()));
    }

    /** Copies {@code values} into a new float32 tensor of the given shape. */
    public static Tensor ofFloats(float[] values, long... shape) {
        Tensor t = allocate(DType.FLOAT32, shape);
        if (t.elementCount() != values.length) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Arrays.toString(shape));
        }
        t.floats().put(values);
        return t;
    }

    /** Size in bytes of a tensor of this type and shape. */
    public static long byteSize(DType type, long... shape) {
        long n = type.bytes();
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("Negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Tensor of " + n + " bytes exceeds the 2 GiB buffer limit: tile the input");
        }
        return n;
    }

    public DType type() {
        return type;
    }

    /** A copy of the shape. */
    public long[] shape() {
        return shape.clone();
    }

    /** Dimension {@code i} of the shape. */
    public long dim(int i) {
        return shape[i];
    }

    public int rank() {
        return shape.length;
    }

    public long elementCount() {
        return data.capacity() / type.bytes();
    }

    /** The whole data as a native-order view positioned at 0; shares the content. */
    public ByteBuffer bytes() {
        return data.duplicate().order(ByteOrder.nativeOrder()).clear();
    }

    /** @throws IllegalStateException unless the tensor is float32 */
    public FloatBuffer floats() {
        require(DType.FLOAT32);
        return bytes().asFloatBuffer();
    }

    /** Raw IEEE half-precision bits. @throws IllegalStateException unless the tensor is float16 */
    public ShortBuffer halfs() {
        require(DType.FLOAT16);
        return bytes().asShortBuffer();
    }

    /** @throws IllegalStateException unless the tensor is int32 */
    public IntBuffer ints() {
        require(DType.INT32);
        return bytes().asIntBuffer();
    }

    /** @throws IllegalStateException unless the tensor is int64 */
    public LongBuffer longs() {
        require(DType.INT64);
        return bytes().asLongBuffer();
    }

    private void require(DType expected) {
        if (type != expected) {
            throw new IllegalStateException("Tensor is " + type + ", not " + expected);
        }
    }

    @Override
    public String toString() {
        return type + " " + Arrays.toString(shape);
    }
}
