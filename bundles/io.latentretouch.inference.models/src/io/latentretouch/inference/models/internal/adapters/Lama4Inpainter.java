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
 * LaMa with one four-channel input (masked RGB 0..1 and the mask) at any size that is a multiple of 32: the crop is
 * reflect-padded to the next multiple (the texture mirrored, not the edge smeared) and the output (0..1) cut back.
 */
final class Lama4Inpainter extends CropInpainter {

    static final int MULTIPLE = 32;

    Lama4Inpainter(InferenceService service, ModelDescriptor model) {
        super(service, model);
    }

    @Override
    PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        int w = Layouts.roundUp(patch.width(), MULTIPLE);
        int h = Layouts.roundUp(patch.height(), MULTIPLE);
        PlanarImage padded = Layouts.padReflect(patch, w, h);
        Mask mask = Layouts.binary(Mask.wrap(w, h, Layouts.padReflect(hole.asImage(), w, h).plane(0)));
        PlanarImage input = PlanarImage.create(w, h, 4);
        float[] m = mask.values();
        for (int c = 0; c < 3; c++) {
            float[] src = padded.plane(c);
            float[] dst = input.plane(c);
            for (int i = 0; i < src.length; i++) {
                dst[i] = src[i] * (1 - m[i]);
            }
        }
        System.arraycopy(m, 0, input.plane(3), 0, m.length);
        Map<String, Tensor> inputs = Map.of("input", ImageTensors.of(input));
        PlanarImage out = ImageTensors.image(run(inputs, monitor).get("output"));
        return out.crop(Region.of(patch.width(), patch.height()));
    }
}
