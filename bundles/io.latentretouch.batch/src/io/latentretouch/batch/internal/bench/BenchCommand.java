package io.latentretouch.batch.internal.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.TileSpec;

/**
 * {@code bench inference | bench tiled [MEGAPIXELS [TILE]] | bench imaging}: the benchmarks of docs/BENCHMARKS.md, on the real bundles of
 * this installation, with the anchor tools (OpenCV, ImageMagick) timed in the same run. Prints Markdown tables.
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {

    @Reference
    private ModelAdapters adapters;

    @Reference
    private ModelRegistry registry;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks: 'bench inference' (models vs OpenCV/ImageMagick), 'bench tiled [MP [TILE]]' (time and memory of a large image), 'bench imaging' (codecs, colour, thumbnails vs vips/ImageMagick)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String which = args.isEmpty() ? "" : args.get(0);
        try {
            Path work = Files.createTempDirectory("latent-retouch-bench");
            InferenceBench inference = new InferenceBench(adapters, registry, out);
            switch (which) {
                case "inference" -> inference.anchors(work);
                case "imaging" -> new ImagingBench(out).run(work);
                case "tiled" -> inference.tiled(args.size() > 1 ? Double.parseDouble(args.get(1)) : 50,
                        args.size() > 2 ? new TileSpec(Integer.parseInt(args.get(2)), TileSpec.DEFAULT.margin(), TileSpec.DEFAULT.guard())
                                : TileSpec.DEFAULT);
                default -> {
                    out.println("bench: say which benchmark: inference, tiled [MEGAPIXELS [TILE]], imaging");
                    return 2;
                }
            }
            return 0;
        } catch (Exception e) {
            out.println("bench: " + e);
            return 1;
        }
    }
}
