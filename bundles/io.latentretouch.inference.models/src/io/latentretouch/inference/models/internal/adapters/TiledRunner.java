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
 * Runs a model tile by tile. Input and output tensors are allocated once per tile size and reused, and outputs are
 * pinned, so the working memory is a few tiles whatever the image size.
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
        Map<Region, Map<String, Tensor>> buffers = new HashMap<>();
        int done = 0;
        for (Tile tile : grid.tiles()) {
            monitor.checkCancelled();
            Region p = tile.padded();
            Map<String, Tensor> io = buffers.computeIfAbsent(Region.of(p.width(), p.height()), size -> allocate(request, size));
            Map<String, Tensor> inputs = new HashMap<>(request.constants());
            for (Map.Entry<String, PlanarImage> e : request.planes().entrySet()) {
                ImageTensors.put(e.getValue(), p, io.get(e.getKey()), 0);
                inputs.put(e.getKey(), io.get(e.getKey()));
            }
            for (Map.Entry<String, Long> e : request.noise().entrySet()) {
                FloatBuffer dst = io.get(e.getKey()).floats();
                dst.put(0, Noise.gaussian(e.getValue(), p));
                inputs.put(e.getKey(), io.get(e.getKey()));
            }
            Tensor out = io.get(request.output());
            service.runInto(model, inputs, Map.of(request.output(), out), monitor);
            blend.add(tile, ImageTensors.image(out));
            monitor.worked(++done, grid.count());
        }
        return blend.finish();
    }

    private static Map<String, Tensor> allocate(TiledRequest request, Region size) {
        Map<String, Tensor> io = new HashMap<>();
        request.planes().forEach((name, image) -> io.put(name, Tensor.allocate(DType.FLOAT32, 1, image.channels(), size.height(), size.width())));
        request.noise().keySet().forEach(name -> io.put(name, Tensor.allocate(DType.FLOAT32, 1, 1, size.height(), size.width())));
        io.put(request.output(), Tensor.allocate(DType.FLOAT32, 1, request.outputChannels(),
                (long) size.height() * request.scale(), (long) size.width() * request.scale()));
        return io;
    }
}
