package io.latentretouch.inference.models.internal.adapters;

import java.util.Map;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;
import io.latentretouch.inference.models.Upscaler;

/** Real-ESRGAN ({@code input} RGB 0..1 → {@code output} × scale), in 512-pixel tiles with a small pad. */
final class RealEsrganUpscaler implements Upscaler {

    static final TileSpec TILES = new TileSpec(512, 16, 8);

    private final TiledRunner runner;
    private final ModelDescriptor model;
    private final int scale;

    RealEsrganUpscaler(TiledRunner runner, ModelDescriptor model) {
        this.runner = runner;
        this.model = model;
        this.scale = Integer.parseInt(model.properties().getOrDefault("scale", "4"));
    }

    @Override
    public ModelDescriptor model() {
        return model;
    }

    @Override
    public int scale() {
        return scale;
    }

    @Override
    public PlanarImage upscale(PlanarImage image, RunMonitor monitor) throws InferenceException {
        return runner.run(model, new TiledRequest(Map.of("input", image), Map.of(), Map.of(), "output", 3, scale, TILES), monitor);
    }
}
