package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.internal.synthesis.PatchSynthesis;

/**
 * The embedded fill, at the crop's own resolution. Blemish-size holes get the push-pull model (a smooth base with
 * seeded re-grain: right for a spot on skin); a hole wider than {@link #LARGE} pixels gets exemplar synthesis, which
 * gives it the texture of its surroundings instead of a smear.
 */
final class FillInpainter extends CropInpainter {

    /** A hole is large when some pixel of it is farther than half this from its edge. */
    static final int LARGE = 32;

    FillInpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        if (!Masks.erode(hole, LARGE / 2).isEmpty()) {
            return PatchSynthesis.fill(patch, hole, seed, monitor);
        }
        Tensor noise = Tensor.allocate(DType.FLOAT32, 1, 1, crop.height(), crop.width());
        noise.floats().put(0, Noise.gaussian(seed, crop));
        Map<String, Tensor> inputs = Map.of("image", ImageTensors.of(patch), "mask", ImageTensors.of(hole), "noise", noise,
                "grain", Tensor.ofFloats(new float[] {1f}, 1));
        return ImageTensors.image(run(inputs, monitor).get("output"));
    }
}
