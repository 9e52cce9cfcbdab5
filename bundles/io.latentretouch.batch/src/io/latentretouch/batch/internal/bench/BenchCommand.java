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
import io.latentretouch.retouch.Retoucher;

/**
 * {@code bench inference | bench tiled [MEGAPIXELS [TILE]] | bench fill [MEGAPIXELS] | bench imaging | bench retouch [MEGAPIXELS] | bench large [MEGAPIXELS]}: the benchmarks of docs/BENCHMARKS.md, on the real bundles of
 * this installation, with the anchor tools (OpenCV, ImageMagick) timed in the same run. Prints Markdown tables.
 */
@Component(service = Command.class)
public final class BenchCommand implements Command {

    @Reference
    private ModelAdapters adapters;

    @Reference
    private ModelRegistry registry;

    @Reference
    private Retoucher retoucher;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks: 'bench inference' (models vs OpenCV/ImageMagick), 'bench tiled [MP [TILE]]' (time and memory of a large image), 'bench fill [MP]' (a 512² hole vs G'MIC), 'bench imaging' (codecs, colour, thumbnails vs vips/ImageMagick), 'bench retouch [MP]' (slider preview steps; full applies vs ImageMagick), 'bench large [MP]' (a recipe on a 100 MP image: time, memory)";
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
                case "retouch" -> retouch(work, args.size() > 1 ? Double.parseDouble(args.get(1)) : 24, out);
                case "large" -> {
                    int[] size = threeByTwo(args.size() > 1 ? Double.parseDouble(args.get(1)) : 100);
                    new RetouchBench(retoucher, out).large(size[0], size[1]);
                }
                case "fill" -> {
                    int[] size = threeByTwo(args.size() > 1 ? Double.parseDouble(args.get(1)) : 24);
                    new FillBench(adapters, registry, out).run(work, size[0], size[1]);
                }
                case "tiled" -> inference.tiled(args.size() > 1 ? Double.parseDouble(args.get(1)) : 50,
                        args.size() > 2 ? Integer.parseInt(args.get(2)) : 768);
                default -> {
                    out.println("bench: say which benchmark: inference, tiled [MEGAPIXELS [TILE]], fill [MEGAPIXELS], imaging, retouch [MEGAPIXELS], large [MEGAPIXELS]");
                    return 2;
                }
            }
            return 0;
        } catch (OutOfMemoryError e) {
            out.println("bench: out of memory; give the JVM more with LR_JAVA_OPTS=-Xmx…");
            return 1;
        } catch (Exception e) {
            out.println("bench: " + e);
            return 1;
        }
    }

    /** The slider's preview steps, then full applies at 3:2 images of {@code megapixels}. */
    private void retouch(Path work, double megapixels, PrintStream out) throws Exception {
        RetouchBench bench = new RetouchBench(retoucher, out);
        bench.preview();
        out.println();
        int[] size = threeByTwo(megapixels);
        bench.apply(work, size[0], size[1]);
    }

    private static int[] threeByTwo(double megapixels) {
        int width = (int) Math.round(Math.sqrt(megapixels * 1e6 * 1.5));
        return new int[] {width, (int) Math.round(width / 1.5)};
    }
}
