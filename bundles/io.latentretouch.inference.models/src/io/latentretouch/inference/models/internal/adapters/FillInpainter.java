package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/** The embedded push-pull fill: runs at the crop's own resolution, with seeded noise for the re-grain. */
final class FillInpainter extends CropInpainter {

    FillInpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        Tensor noise = Tensor.allocate(DType.FLOAT32, 1, 1, crop.height(), crop.width());
        noise.floats().put(0, Noise.gaussian(seed, crop));
        Map<String, Tensor> inputs = Map.of("image", ImageTensors.of(patch), "mask", ImageTensors.of(hole), "noise", noise,
                "grain", Tensor.ofFloats(new float[] {1f}, 1));
        return ImageTensors.image(run(inputs, monitor).get("output"));
    }
}
