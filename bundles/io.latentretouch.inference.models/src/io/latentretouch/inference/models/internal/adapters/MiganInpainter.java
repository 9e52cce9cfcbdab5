package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * MI-GAN's pipeline export: {@code image} and {@code mask} as uint8, the mask inverted (255 known, 0 hole); the graph
 * resizes and pastes back itself, so the crop goes in at its own size and {@code result} comes back as uint8.
 */
final class MiganInpainter extends CropInpainter {

    MiganInpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        float[] known = new float[hole.values().length];
        float[] h = Layouts.binary(hole).values();
        for (int i = 0; i < known.length; i++) {
            known[i] = 1 - h[i];
        }
        Map<String, Tensor> inputs = Map.of("image", ImageTensors.bytes(patch),
                "mask", ImageTensors.bytes(PlanarImage.wrap(crop.width(), crop.height(), known)));
        return ImageTensors.fromBytes(run(inputs, monitor).get("result"));
    }
}
