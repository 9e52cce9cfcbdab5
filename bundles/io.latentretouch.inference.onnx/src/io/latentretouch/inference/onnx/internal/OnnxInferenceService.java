package io.latentretouch.inference.onnx.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import ai.onnxruntime.OrtEnvironment;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * The inference service on ONNX Runtime: the one place that owns the runtime's environment. Deactivation waits for
 * the runs in flight, then frees every session.
 */
@Component(service = InferenceService.class, configurationPid = "io.latentretouch.inference.onnx")
public final class OnnxInferenceService implements InferenceService {

    @Reference
    private ModelRegistry registry;

    private OrtEnvironment env;
    private SessionFactory factory;
    private SessionCache cache;
    private CancelWatch cancelWatch;
    private Runner runner;

    @Activate
    void activate(OnnxSettings settings) {
        env = OrtEnvironment.getEnvironment();
        factory = new SessionFactory(env, settings);
        cache = new SessionCache((long) settings.sessionCacheMegabytes() << 20);
        cancelWatch = new CancelWatch();
        runner = new Runner(env, (long) settings.tensorBudgetMegabytes() << 20, cancelWatch);
    }

    @Deactivate
    void deactivate() {
        cache.close();
        cancelWatch.close();
    }

    @Override
    public Contract load(ModelDescriptor model) throws InferenceException {
        LoadedModel loaded = acquire(model);
        try {
            return loaded.contract();
        } finally {
            loaded.release();
        }
    }

    @Override
    public Map<String, Tensor> run(ModelDescriptor model, Map<String, Tensor> inputs, RunMonitor monitor)
            throws InferenceException {
        LoadedModel loaded = acquire(model);
        try {
            return runner.run(model.id(), loaded, inputs, null, monitor);
        } finally {
            loaded.release();
        }
    }

    @Override
    public void runInto(ModelDescriptor model, Map<String, Tensor> inputs, Map<String, Tensor> outputs, RunMonitor monitor)
            throws InferenceException {
        LoadedModel loaded = acquire(model);
        try {
            runner.run(model.id(), loaded, inputs, outputs, monitor);
        } finally {
            loaded.release();
        }
    }

    @Override
    public String describe() {
        return "ONNX Runtime " + env.getVersion() + " (" + factory.provider() + ")";
    }

    private LoadedModel acquire(ModelDescriptor model) throws InferenceException {
        return cache.acquire(model.id() + "@" + model.sha256(), () -> factory.create(model, registry));
    }
}
