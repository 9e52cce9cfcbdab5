package io.latentretouch.inference.models.internal.graph;

import java.nio.charset.StandardCharsets;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import ai.onnx.proto.OnnxMl.NodeProto;
import com.google.protobuf.ByteString;

/** A node under construction: attributes, then its output value names. */
public final class Node {

    private final GraphBuilder graph;
    private final NodeProto.Builder node = NodeProto.newBuilder();

    Node(GraphBuilder graph, String opType, String... inputs) {
        this.graph = graph;
        node.setOpType(opType);
        for (String in : inputs) {
            node.addInput(in);
        }
    }

    public Node attr(String name, long value) {
        node.addAttribute(AttributeProto.newBuilder().setName(name).setType(AttributeType.INT).setI(value));
        return this;
    }

    public Node attr(String name, float value) {
        node.addAttribute(AttributeProto.newBuilder().setName(name).setType(AttributeType.FLOAT).setF(value));
        return this;
    }

    public Node attr(String name, String value) {
        node.addAttribute(AttributeProto.newBuilder().setName(name).setType(AttributeType.STRING)
                .setS(ByteString.copyFrom(value, StandardCharsets.UTF_8)));
        return this;
    }

    public Node attr(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        node.addAttribute(a);
        return this;
    }

    public Node attr(String name, float... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeType.FLOATS);
        for (float v : values) {
            a.addFloats(v);
        }
        node.addAttribute(a);
        return this;
    }

    /** Finishes the node with one output and returns its value name. */
    public String out() {
        return outs(1)[0];
    }

    /** Finishes the node with one output of the given name. */
    public String out(String name) {
        node.addOutput(name);
        finish();
        return name;
    }

    /** Finishes the node with {@code n} outputs. */
    public String[] outs(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = graph.fresh("v");
            node.addOutput(names[i]);
        }
        finish();
        return names;
    }

    private void finish() {
        node.setName(graph.fresh("n") + "_" + node.getOpType());
        graph.add(node.build());
    }
}
