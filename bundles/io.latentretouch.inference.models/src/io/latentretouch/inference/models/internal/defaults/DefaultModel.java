package io.latentretouch.inference.models.internal.defaults;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.Task;

/**
 * An embedded default model: its identity, contract and graph. The build writes each one with its manifest.
 *
 * @param name file name without extension
 */
public record DefaultModel(String name, String id, String version, Task task, Contract contract, String description,
        ModelProto graph) {
}
