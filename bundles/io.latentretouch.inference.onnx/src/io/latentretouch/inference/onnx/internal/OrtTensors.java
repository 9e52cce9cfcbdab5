package io.latentretouch.inference.onnx.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/** Conversions between our tensors and ONNX Runtime's, without copying data. */
final class OrtTensors {

    private OrtTensors() {
    }

    /** Wraps the tensor's direct buffer; ONNX Runtime reads (or, for pinned outputs, writes) it in place. */
    static OnnxTensor wrap(OrtEnvironment env, Tensor t) throws OrtException {
        ByteBuffer data = t.bytes();
        long[] shape = t.shape();
        return switch (t.type()) {
            case FLOAT32 -> OnnxTensor.createTensor(env, data.asFloatBuffer(), shape);
            case FLOAT16 -> OnnxTensor.createTensor(env, data.asShortBuffer(), shape, OnnxJavaType.FLOAT16);
            case UINT8 -> OnnxTensor.createTensor(env, data, shape, OnnxJavaType.UINT8);
            case INT32 -> OnnxTensor.createTensor(env, data.asIntBuffer(), shape);
            case INT64 -> OnnxTensor.createTensor(env, data.asLongBuffer(), shape);
        };
    }

    /** Copies an engine-allocated result into a tensor the caller owns. */
    static Tensor copyOut(OnnxTensor value) throws InferenceException {
        TensorInfo info = value.getInfo();
        DType type = dtype(info.type, "output");
        Tensor out = Tensor.allocate(type, info.getShape());
        ByteBuffer dst = out.bytes();
        switch (type) {
            case FLOAT32 -> dst.asFloatBuffer().put(value.getFloatBuffer());
            case FLOAT16 -> dst.asShortBuffer().put(value.getShortBuffer());
            case UINT8 -> dst.put(value.getByteBuffer());
            case INT32 -> dst.asIntBuffer().put(value.getIntBuffer());
            case INT64 -> dst.asLongBuffer().put(value.getLongBuffer());
        }
        return out;
    }

    /** Reads the names, types and shapes a model declares; free dimensions become their symbol or {@code ?}. */
    static List<TensorSpec> specs(Map<String, NodeInfo> nodes) throws InferenceException {
        List<TensorSpec> specs = new ArrayList<>();
        for (NodeInfo node : nodes.values()) {
            if (!(node.getInfo() instanceof TensorInfo info)) {
                throw new InferenceException(Code.CONTRACT_MISMATCH,
                        "'" + node.getName() + "' is not a tensor (" + node.getInfo() + "); only tensor inputs and outputs are supported");
            }
            long[] shape = info.getShape();
            String[] names = info.getDimensionNames();
            List<String> dims = new ArrayList<>();
            for (int i = 0; i < shape.length; i++) {
                boolean named = names != null && i < names.length && names[i] != null && !names[i].isEmpty();
                dims.add(shape[i] >= 0 ? Long.toString(shape[i]) : named ? names[i] : "?");
            }
            specs.add(new TensorSpec(node.getName(), dtype(info.type, node.getName()), dims));
        }
        return specs;
    }

    private static DType dtype(OnnxJavaType type, String what) throws InferenceException {
        return switch (type) {
            case FLOAT -> DType.FLOAT32;
            case FLOAT16 -> DType.FLOAT16;
            case UINT8 -> DType.UINT8;
            case INT32 -> DType.INT32;
            case INT64 -> DType.INT64;
            default -> throw new InferenceException(Code.CONTRACT_MISMATCH,
                    "'" + what + "' has element type " + type + "; supported are float32, float16, uint8, int32, int64");
        };
    }
}
