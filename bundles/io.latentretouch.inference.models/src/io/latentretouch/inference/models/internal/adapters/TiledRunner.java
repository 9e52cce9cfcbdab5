package io.latentretouch.inference.models.internal.adapters;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.tiles.Tile;
import io.latentretouch.imaging.tiles.TileAccumulator;
import io.latentretouch.imaging.tiles.TileGrid;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.TiledRequest;

/**
 * Runs a model tile by tile. Tensors and the arrays that carry a tile's noise and result are allocated once per tile
 * size and reused, and outputs are pinned: the working memory is a few tiles whatever the image size, and a large
 * image makes no garbage per tile.
 */
final class TiledRunner {

    private final InferenceService service;

    TiledRunner(InferenceService service) {
        this.service = service;
    }

    PlanarImage run(ModelDescriptor model, TiledRequest request, RunMonitor monitor) throws InferenceException {
        PlanarImage first = request.planes().values().stream().findFirst().orElseThrow(
                () -> new InferenceException(Code.BAD_INPUT, "A tiled run of '" + model.id() + "' needs at least one image input"));
        for (Map.Entry<String, PlanarImage> e : request.planes().entrySet()) {
            if (e.getValue().width() != first.width() || e.getValue().height() != first.height()) {
                throw new InferenceException(Code.BAD_INPUT, "Input '" + e.getKey() + "' is " + e.getValue() + ", the others "
                        + first.width() + "×" + first.height() + ": tiled inputs must have one size");
            }
        }
        TileGrid grid = new TileGrid(first.width(), first.height(), request.tiles().tile(), request.tiles().margin(), request.tiles().guard());
        TileAccumulator blend = new TileAccumulator(grid, request.outputChannels(), request.scale());
        Map<Region, TileBuffers> buffers = new HashMap<>();
        int done = 0;
        for (Tile tile : grid.tiles()) {
            monitor.checkCancelled();
            Region p = tile.padded();
            TileBuffers io = buffers.computeIfAbsent(Region.of(p.width(), p.height()), size -> new TileBuffers(request, size));
            Map<String, Tensor> inputs = new HashMap<>(request.constants());
            for (Map.Entry<String, PlanarImage> e : request.planes().entrySet()) {
                ImageTensors.put(e.getValue(), p, io.tensors.get(e.getKey()), 0);
                inputs.put(e.getKey(), io.tensors.get(e.getKey()));
            }
            for (Map.Entry<String, Long> e : request.noise().entrySet()) {
                Noise.fill(e.getValue(), p, io.noise);
                io.tensors.get(e.getKey()).floats().put(0, io.noise);
                inputs.put(e.getKey(), io.tensors.get(e.getKey()));
            }
            Tensor out = io.tensors.get(request.output());
            service.runInto(model, inputs, Map.of(request.output(), out), monitor);
            FloatBuffer values = out.floats();
            for (int c = 0; c < io.result.channels(); c++) {
                values.get(c * io.result.plane(c).length, io.result.plane(c));
            }
            blend.add(tile, io.result);
            monitor.worked(++done, grid.count());
        }
        return blend.finish();
    }

    /** The reusable buffers of one tile size. */
    private static final class TileBuffers {
        final Map<String, Tensor> tensors = new HashMap<>();
        final float[] noise;
        final PlanarImage result;

        TileBuffers(TiledRequest request, Region size) {
            request.planes().forEach((name, image) -> tensors.put(name,
                    Tensor.allocate(DType.FLOAT32, 1, image.channels(), size.height(), size.width())));
            request.noise().keySet().forEach(name -> tensors.put(name, Tensor.allocate(DType.FLOAT32, 1, 1, size.height(), size.width())));
            int s = request.scale();
            tensors.put(request.output(), Tensor.allocate(DType.FLOAT32, 1, request.outputChannels(), (long) size.height() * s,
                    (long) size.width() * s));
            noise = new float[size.width() * size.height()];
            result = PlanarImage.create(size.width() * s, size.height() * s, request.outputChannels());
        }
    }
}
