package io.latentretouch.batch.internal.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;

/**
 * The region fill on a large image: a 512² hole in a 24 MP frame filled by the embedded default (crop, synthesis,
 * composite: all of it) against G'MIC's patch-based {@code -inpaint} on the same hole, in the same run. G'MIC is given
 * the same context crop our pipeline gives its engine (on the whole frame it spends its time outside the hole).
 */
final class FillBench {

    static final String GMIC = "/usr/bin/gmic";
    private static final int HOLE = 512;
    private static final int RUNS = 3;

    private final ModelAdapters adapters;
    private final ModelRegistry registry;
    private final PrintStream out;

    FillBench(ModelAdapters adapters, ModelRegistry registry, PrintStream out) {
        this.adapters = adapters;
        this.registry = registry;
        this.out = out;
    }

    void run(Path work, int width, int height) throws Exception {
        PlanarImage image = LargeImages.portrait(width, height);
        Region hole = new Region(width / 2 + HOLE / 4, height / 2 - HOLE / 2, HOLE, HOLE);
        Mask mask = rectangle(width, height, hole);
        Inpainter fill = adapters.inpainter(registry.require(DefaultModelIds.INPAINT_FILL));
        double ours = Stopwatch.median(RUNS, () -> fill.inpaint(image, mask, 1, RunMonitor.NONE));
        out.printf("| %d×%d (%.0f MP), %d² hole (median of %d) | time |%n|---|---|%n", width, height, width * (double) height / 1e6, HOLE, RUNS);
        out.printf("| Latent Retouch embedded fill (whole pipeline) | %.0f ms |%n", ours);
        if (External.exists(GMIC)) {
            Region crop = hole.expand(HOLE / 2).intersect(Region.of(width, height));
            Path in = work.resolve("fill-crop.png");
            Path holes = work.resolve("fill-hole.png");
            Png.write(image.crop(crop), in);
            Png.write(rectangle(crop.width(), crop.height(), new Region(hole.x() - crop.x(), hole.y() - crop.y(), HOLE, HOLE)), holes);
            // one run: G'MIC takes tens of seconds, and a warm-up would double that
            long start = System.nanoTime();
            External.run(List.of(GMIC, "-v", "-1", in.toString(), holes.toString(), "-inpaint[0]", "[1],7,16", "-keep[0]", "-o",
                    work.resolve("fill-gmic.png").toString()));
            double gmic = (System.nanoTime() - start) / 1e6;
            out.printf("| G'MIC -inpaint [mask],7,16 on the %d×%d context crop (process included) | %.0f ms |%n", crop.width(), crop.height(), gmic);
            out.printf("| ratio | %.2f× G'MIC's time |%n", ours / gmic);
        }
    }

    private static Mask rectangle(int width, int height, Region r) {
        Mask m = Mask.empty(width, height);
        for (int y = r.y(); y < r.bottom(); y++) {
            Arrays.fill(m.values(), y * width + r.x(), y * width + r.right(), 1f);
        }
        return m;
    }
}
