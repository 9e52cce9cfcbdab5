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
import io.latentretouch.settings.Settings;

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
    void activate(Map<String, Object> properties) {
        OnnxSettings settings = Settings.read(OnnxSettings.class, properties, "the inference engine");
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
        return using(model, LoadedModel::contract);
    }

    @Override
    public Map<String, Tensor> run(ModelDescriptor model, Map<String, Tensor> inputs, RunMonitor monitor)
            throws InferenceException {
        return using(model, loaded -> runner.run(model.id(), loaded, inputs, null, monitor));
    }

    @Override
    public void runInto(ModelDescriptor model, Map<String, Tensor> inputs, Map<String, Tensor> outputs, RunMonitor monitor)
            throws InferenceException {
        using(model, loaded -> runner.run(model.id(), loaded, inputs, outputs, monitor));
    }

    @Override
    public String describe() {
        return "ONNX Runtime " + env.getVersion() + " (" + factory.describe() + ")";
    }

    @Override
    public Contract inspect(java.nio.file.Path file) throws InferenceException {
        return factory.inspect(file);
    }

    @Override
    public String provider(ModelDescriptor model) throws InferenceException {
        return using(model, LoadedModel::provider);
    }

    /** What a caller does with a session while it holds it. */
    private interface Use<T> {
        T apply(LoadedModel loaded) throws InferenceException;
    }

    /** Holds the model's session (loading it on a cache miss) while {@code use} runs; eviction waits for it. */
    private <T> T using(ModelDescriptor model, Use<T> use) throws InferenceException {
        LoadedModel loaded = cache.acquire(model.id() + "@" + model.sha256(), () -> factory.create(model, registry));
        try {
            return use.apply(loaded);
        } finally {
            loaded.release();
        }
    }
}
