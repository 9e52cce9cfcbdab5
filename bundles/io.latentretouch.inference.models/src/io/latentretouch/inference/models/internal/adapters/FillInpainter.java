package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.internal.synthesis.PatchSynthesis;

/**
 * The embedded fill, at the crop's own resolution, for holes of every size: exemplar synthesis over a smooth structure
 * ({@link PatchSynthesis}), which gives the hole the texture of its surroundings instead of a smear and meets them
 * without a step. (Measured on real holes, it also fills blemish-size dots better than the push-pull model did: lower
 * low-pass error, the skin's own grain instead of twice as much.)
 */
class FillInpainter extends CropInpainter {

    FillInpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
    }

    /** The fill meets the known pixels exactly at the crop's own resolution: only the hole is replaced. */
    @Override
    Mask blend(Mask hole, Region crop, double feather) {
        return hole;
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        return PatchSynthesis.fill(patch, hole, seed, monitor);
    }
}
