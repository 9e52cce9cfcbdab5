package io.latentretouch.inference.onnx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/** One run on a retained session: input checks, zero-copy wrapping, cancellation, output checks. */
final class Runner {

    private final OrtEnvironment env;
    private final long tensorBudget;
    private final CancelWatch cancelWatch;

    Runner(OrtEnvironment env, long tensorBudgetBytes, CancelWatch cancelWatch) {
        this.env = env;
        this.tensorBudget = tensorBudgetBytes;
        this.cancelWatch = cancelWatch;
    }

    /** Runs; with {@code pinned} null, outputs are allocated, else ONNX Runtime writes into the given tensors. */
    Map<String, Tensor> run(String modelId, LoadedModel model, Map<String, Tensor> inputs, Map<String, Tensor> pinned,
            RunMonitor monitor) throws InferenceException {
        Contract contract = model.contract();
        TensorChecks.given(modelId, "input", contract.inputs(), inputs, tensorBudget);
        if (pinned != null) {
            TensorChecks.given(modelId, "output", contract.outputs(), pinned, tensorBudget);
        }
        monitor.checkCancelled();
        List<OnnxValue> wrapped = new ArrayList<>();
        try (RunOptions options = new RunOptions(); CancelWatch.Registration watch = cancelWatch.watch(monitor, options)) {
            Map<String, OnnxTensor> in = wrapAll(inputs, wrapped);
            Map<String, Tensor> out;
            if (pinned == null) {
                out = allocated(model.session(), in, options);
            } else {
                model.session().run(in, Set.of(), wrapAll(pinned, wrapped), options).close();
                out = pinned;
            }
            monitor.checkCancelled();
            for (TensorSpec spec : contract.outputs()) {
                TensorChecks.finite(modelId, spec.name(), out.get(spec.name()));
            }
            return out;
        } catch (OrtException e) {
            monitor.checkCancelled();
            throw new InferenceException(Code.ENGINE_FAILURE, "Model '" + modelId + "' failed to run: " + e.getMessage(), e);
        } finally {
            wrapped.forEach(OnnxValue::close);
        }
    }

    private Map<String, Tensor> allocated(OrtSession session, Map<String, OnnxTensor> in, RunOptions options)
            throws OrtException, InferenceException {
        Map<String, Tensor> out = new HashMap<>();
        try (OrtSession.Result result = session.run(in, options)) {
            for (Map.Entry<String, OnnxValue> e : result) {
                Tensor t = OrtTensors.copyOut((OnnxTensor) e.getValue());
                TensorChecks.budget(e.getKey(), t, tensorBudget);
                out.put(e.getKey(), t);
            }
        }
        return out;
    }

    private Map<String, OnnxTensor> wrapAll(Map<String, Tensor> tensors, List<OnnxValue> wrapped) throws OrtException {
        Map<String, OnnxTensor> map = new HashMap<>();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            OnnxTensor t = OrtTensors.wrap(env, e.getValue());
            wrapped.add(t);
            map.put(e.getKey(), t);
        }
        return map;
    }
}
