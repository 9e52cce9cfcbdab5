package io.latentretouch.inference.models.internal.defaults;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * An embedded default model: its identity, contract and graph. The build writes each one with its manifest.
 *
 * @param name file name without extension
 */
public record DefaultModel(String name, String id, String version, Task task, Contract contract, String description,
        ModelProto graph) {

    /** Version of every default model; raise it when a graph changes what it computes. */
    static final String VERSION = "1.0.0";

    /** The model built in {@code graph}, whose declared inputs and outputs are its contract. */
    static DefaultModel of(String name, Task task, String description, GraphBuilder graph) {
        return new DefaultModel(name, "lr." + name, VERSION, task, graph.contract(), description,
                graph.model(DefaultModels.PRODUCER, VERSION, description));
    }
}
