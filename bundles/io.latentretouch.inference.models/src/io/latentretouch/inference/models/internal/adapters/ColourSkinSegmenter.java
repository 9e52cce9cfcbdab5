package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.SkinSegmenter;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;

/** The embedded colour-model skin mask, run in tiles at full resolution. */
final class ColourSkinSegmenter implements SkinSegmenter {

    private final TiledRunner runner;
    private final ModelDescriptor model;

    ColourSkinSegmenter(TiledRunner runner, ModelDescriptor model) {
        this.runner = runner;
        this.model = model;
    }

    @Override
    public ModelDescriptor model() {
        return model;
    }

    @Override
    public Mask skin(PlanarImage image, RunMonitor monitor) throws InferenceException {
        TiledRequest request = new TiledRequest(Map.of("image", image), Map.of(), Map.of(), "mask", 1, 1, TileSpec.DEFAULT);
        PlanarImage mask = runner.run(model, request, monitor);
        return Mask.wrap(image.width(), image.height(), mask.plane(0));
    }
}
