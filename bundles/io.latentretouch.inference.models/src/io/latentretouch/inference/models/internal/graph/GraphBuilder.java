package io.latentretouch.inference.models.internal.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.TensorSpec;

/**
 * Builds ONNX graphs in Java: inputs, initializers stored as little-endian raw data, nodes with attributes, outputs.
 * Models stay at IR 8 and opset 17 so that the reference checker of python3-onnx 1.12 validates them.
 */
public final class GraphBuilder {

    public static final int IR_VERSION = 8;
    public static final int OPSET = 17;

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final List<TensorSpec> inputs = new ArrayList<>();
    private final List<TensorSpec> outputs = new ArrayList<>();
    private int counter;

    public GraphBuilder(String name) {
        graph.setName(name);
    }

    /** Declares a graph input; dims are numbers or symbols such as {@code H}. Returns its value name. */
    public String input(String name, DType type, String... dims) {
        graph.addInput(valueInfo(name, type, dims));
        inputs.add(TensorSpec.of(name, type, dims));
        return name;
    }

    /** Declares {@code value} as graph output {@code name} (through an Identity node when the names differ). */
    public void output(String value, String name, DType type, String... dims) {
        if (!value.equals(name)) {
            graph.addNode(NodeProto.newBuilder().setOpType("Identity").addInput(value).addOutput(name).setName("out_" + name));
        }
        graph.addOutput(valueInfo(name, type, dims));
        outputs.add(TensorSpec.of(name, type, dims));
    }

    /** The inputs and outputs declared so far. */
    public Contract contract() {
        return new Contract(inputs, outputs);
    }

    /** A float32 initializer. */
    public String floats(String name, float[] data, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(data);
        return initializer(name, DType.FLOAT32, raw, dims);
    }

    /**
     * A float32 initializer whose values ONNX Runtime reads from {@code count} floats at {@code offset} of the file
     * {@code location} beside the model, as exporters store weights over protobuf's 2 GB limit.
     */
    public String externalFloats(String name, String location, long offset, long count, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(elemType(DType.FLOAT32))
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(entry("location", location))
                .addExternalData(entry("offset", Long.toString(offset)))
                .addExternalData(entry("length", Long.toString(count * 4)));
        for (long d : dims) {
            t.addDims(d);
        }
        graph.addInitializer(t);
        return name;
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    /** An int64 initializer. */
    public String longs(String name, long[] data, long... dims) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        raw.asLongBuffer().put(data);
        return initializer(name, DType.INT64, raw, dims);
    }

    /** A 1-D int64 constant, for shapes, pads and split sizes. */
    public String vector(long... values) {
        return longs(fresh("i"), values, values.length);
    }

    /** A float32 scalar constant (shape {@code []}). */
    public String scalar(float value) {
        return floats(fresh("c"), new float[] {value});
    }

    /** Starts a node; finish it with {@link Node#out()} or {@link Node#outs(int)}. */
    public Node op(String opType, String... inputs) {
        return new Node(this, opType, inputs);
    }

    /** The finished model. */
    public ModelProto model(String producer, String version, String doc) {
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName(producer)
                .setProducerVersion(version)
                .setDocString(doc)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph)
                .build();
    }

    String fresh(String prefix) {
        return prefix + (counter++);
    }

    void add(NodeProto node) {
        graph.addNode(node);
    }

    private String initializer(String name, DType type, ByteBuffer raw, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(elemType(type)).setRawData(ByteString.copyFrom(raw.array()));
        for (long d : dims) {
            t.addDims(d);
        }
        graph.addInitializer(t);
        return name;
    }

    private static ValueInfoProto valueInfo(String name, DType type, String... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (String d : dims) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (d.chars().allMatch(Character::isDigit)) {
                dim.setDimValue(Long.parseLong(d));
            } else {
                dim.setDimParam(d);
            }
            shape.addDim(dim);
        }
        TypeProto.Tensor.Builder tensor = TypeProto.Tensor.newBuilder().setElemType(elemType(type)).setShape(shape);
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(tensor)).build();
    }

    static int elemType(DType type) {
        return switch (type) {
            case FLOAT32 -> TensorProto.DataType.FLOAT_VALUE;
            case FLOAT16 -> TensorProto.DataType.FLOAT16_VALUE;
            case UINT8 -> TensorProto.DataType.UINT8_VALUE;
            case INT32 -> TensorProto.DataType.INT32_VALUE;
            case INT64 -> TensorProto.DataType.INT64_VALUE;
        };
    }
}
