package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * LaMa with two inputs ({@code image} RGB 0..1, {@code mask} 1 = hole) at a fixed resolution: the crop is resized to
 * it and back. The output is 0..255 unless the manifest's {@code outputRange} property says 1.
 */
final class LamaInpainter extends CropInpainter {

    private final int resolution;
    private final float outputRange;

    LamaInpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
        this.resolution = Layouts.fixedSide(model, 512);
        this.outputRange = Float.parseFloat(model.properties().getOrDefault("outputRange", "255"));
    }

    @Override
    double pixelScale(Region crop) {
        return Math.max(crop.width(), crop.height()) / (double) resolution;
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        PlanarImage image = Resample.resize(patch, resolution, resolution);
        Mask mask = Layouts.binary(Resample.resize(hole, resolution, resolution));
        Map<String, Tensor> inputs = Map.of("image", ImageTensors.of(image), "mask", ImageTensors.of(mask));
        PlanarImage out = ImageTensors.image(run(inputs, monitor).get("output"));
        Layouts.scale(out, 1f / outputRange);
        return Resample.resize(out, crop.width(), crop.height());
    }
}
