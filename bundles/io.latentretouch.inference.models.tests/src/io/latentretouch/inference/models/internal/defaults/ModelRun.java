package io.latentretouch.inference.models.internal.defaults;

import java.util.HashMap;
import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.internal.adapters.ImageTensors;
import io.latentretouch.inference.testing.Services;

/** Runs an embedded model on images through the real inference service, as the operations will. */
final class ModelRun {

    private final String id;
    private final Map<String, Tensor> inputs = new HashMap<>();

    private ModelRun(String id) {
        this.id = id;
    }

    static ModelRun of(String id) {
        return new ModelRun(id);
    }

    ModelRun image(String name, PlanarImage image) {
        inputs.put(name, ImageTensors.of(image));
        return this;
    }

    ModelRun mask(String name, Mask mask) {
        inputs.put(name, ImageTensors.of(mask));
        return this;
    }

    ModelRun noise(String name, long seed, int width, int height) {
        return image(name, PlanarImage.wrap(width, height, Noise.gaussian(seed, io.latentretouch.imaging.Region.of(width, height))));
    }

    ModelRun value(String name, float... values) {
        inputs.put(name, Tensor.ofFloats(values, values.length));
        return this;
    }

    PlanarImage output(String name) throws Exception {
        InferenceService service = Services.await(InferenceService.class);
        return ImageTensors.image(service.run(Services.await(ModelRegistry.class).require(id), inputs, RunMonitor.NONE).get(name));
    }

    PlanarImage output() throws Exception {
        return output("output");
    }
}
