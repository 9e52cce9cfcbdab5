package io.latentretouch.batch.internal.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;

/**
 * The inference benchmarks: the default models at 2048² against OpenCV and ImageMagick doing the equivalent blurs or
 * inpainting, in the same run; and a tiled run over a large image with its time per megapixel and peak memory.
 */
final class InferenceBench {

    private static final int SIDE = 2048;
    private static final int RUNS = 5;
    private static final String OPENCV_BANDS = "import cv2, numpy as np, sys, time, statistics\n"
            + "img = cv2.imread(sys.argv[1]).astype(np.float32) / 255\n"
            + "def run():\n"
            + "    b1 = cv2.GaussianBlur(img, (0, 0), 1.5); b2 = cv2.GaussianBlur(img, (0, 0), 6); b3 = cv2.GaussianBlur(img, (0, 0), 24)\n"
            + "    return b3 + 0.7 * (b2 - b3) + 0.4 * (b1 - b2) + 0.2 * (img - b1)\n"
            + "run(); ts = []\n"
            + "for i in range(int(sys.argv[2])):\n"
            + "    t = time.perf_counter(); run(); ts.append((time.perf_counter() - t) * 1000)\n"
            + "print(statistics.median(ts))";
    private static final String OPENCV_TELEA = "import cv2, sys, time, statistics\n"
            + "img = cv2.imread(sys.argv[1]); m = cv2.imread(sys.argv[2], cv2.IMREAD_GRAYSCALE)\n"
            + "cv2.inpaint(img, m, 3, cv2.INPAINT_TELEA); ts = []\n"
            + "for i in range(int(sys.argv[3])):\n"
            + "    t = time.perf_counter(); cv2.inpaint(img, m, 3, cv2.INPAINT_TELEA); ts.append((time.perf_counter() - t) * 1000)\n"
            + "print(statistics.median(ts))";

    private final ModelAdapters adapters;
    private final ModelRegistry registry;
    private final PrintStream out;

    InferenceBench(ModelAdapters adapters, ModelRegistry registry, PrintStream out) {
        this.adapters = adapters;
        this.registry = registry;
        this.out = out;
    }

    /** Skin detail and inpaint fill at 2048² against the anchors. */
    void anchors(Path work) throws Exception {
        SkinSample sample = SyntheticSkin.portrait(SIDE, SyntheticSkin.TONES[1], 40, 17);
        Path png = work.resolve("portrait-2048.png");
        Path holes = work.resolve("holes-2048.png");
        Png.write(sample.image(), png);
        Mask hole = holes(sample);
        Png.write(hole, holes);

        ModelDescriptor skin = registry.require(DefaultModelIds.SKIN_DETAIL);
        TiledRequest whole = new TiledRequest(Map.of("image", sample.image(), "mask", sample.skin().asImage()), Map.of("grain", 1L),
                Map.of("level", Tensor.ofFloats(new float[] {1f}, 1)), "output", 3, 1, TileSpec.DEFAULT);
        double ours = Stopwatch.median(RUNS, () -> adapters.runTiled(skin, whole, RunMonitor.NONE));
        out.println("| 2048² (median of " + RUNS + ") | Latent Retouch | anchor | anchor ms | ratio |");
        out.println("|---|---|---|---|---|");
        if (External.python("cv2")) {
            double cv = Double.parseDouble(External.run(List.of(External.PYTHON, "-c", OPENCV_BANDS, png.toString(), "" + RUNS)).strip());
            row("skin detail (3 bands) vs blurs σ 1.5/6/24 + band sums", ours, "OpenCV GaussianBlur (float32)", cv);
        }
        if (External.exists(External.CONVERT)) {
            double read = External.medianMillis(RUNS, List.of(External.CONVERT, png.toString(), "null:"));
            double blurs = External.medianMillis(RUNS, List.of(External.CONVERT, png.toString(), "(", "+clone", "-blur", "0x1.5", ")",
                    "(", "-clone", "0", "-blur", "0x6", ")", "(", "-clone", "0", "-blur", "0x24", ")", "null:"));
            row("skin detail (3 bands) vs the three blurs", ours, "ImageMagick -blur (minus reading the PNG)", blurs - read);
        }
        ModelDescriptor fill = registry.require(DefaultModelIds.INPAINT_FILL);
        double inpaint = Stopwatch.median(RUNS, () -> adapters.inpainter(fill).inpaint(sample.image(), hole, 1, RunMonitor.NONE));
        if (External.python("cv2")) {
            double telea = Double.parseDouble(External.run(List.of(External.PYTHON, "-c", OPENCV_TELEA, png.toString(), holes.toString(),
                    "" + RUNS)).strip());
            row("inpaint fill, " + sample.blemishes().size() + " blemish holes", inpaint, "OpenCV inpaint TELEA r=3 (8-bit)", telea);
        }
    }

    /** A tiled skin-detail run over {@code megapixels}: time per megapixel and the process's peak resident memory. */
    void tiled(double megapixels, TileSpec tiles) throws Exception {
        int side = (int) Math.round(Math.sqrt(megapixels * 1e6));
        PlanarImage big = LargeImages.portraits(side, side);
        Mask all = Mask.full(side, side);
        ModelDescriptor skin = registry.require(DefaultModelIds.SKIN_DETAIL);
        TiledRequest request = new TiledRequest(Map.of("image", big, "mask", all.asImage()), Map.of("grain", 3L),
                Map.of("level", Tensor.ofFloats(new float[] {2f}, 1)), "output", 3, 1, tiles);
        long start = System.nanoTime();
        PlanarImage result = adapters.runTiled(skin, request, RunMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("| image | tiles | time | per megapixel | peak RSS |");
        out.println("|---|---|---|---|---|");
        out.printf("| %d×%d (%.1f MP, float32 RGB in and out) | %d of %d px + %d | %.1f s | %.2f s | %s |%n", side, side, side * (double) side / 1e6,
                (side + tiles.tile() - 1) / tiles.tile() * ((side + tiles.tile() - 1) / tiles.tile()), tiles.tile(), tiles.margin(), seconds,
                seconds / (side * (double) side / 1e6), peakRss());
        if (result.width() != side) {
            throw new IllegalStateException("unexpected output " + result);
        }
    }

    private void row(String what, double ours, String anchor, double anchorMs) {
        out.printf("| %s | %.0f ms | %s | %.0f | %.2f× the anchor's time |%n", what, ours, anchor, anchorMs, ours / anchorMs);
    }

    /** Holes over the planted blemishes, radius three spot radii. */
    private static Mask holes(SkinSample s) {
        Mask m = Mask.empty(SIDE, SIDE);
        for (Blemish b : s.blemishes()) {
            int r = (int) Math.ceil(3 * b.radius());
            for (int y = b.y() - r; y <= b.y() + r; y++) {
                for (int x = b.x() - r; x <= b.x() + r; x++) {
                    m.values()[y * SIDE + x] = Math.hypot(x - b.x(), y - b.y()) <= r ? 1f : m.values()[y * SIDE + x];
                }
            }
        }
        return m;
    }

    /** VmHWM of this process from /proc, e.g. "1.62 GiB". */
    static String peakRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format("%.2f GiB", kb / 1048576.0);
            }
        }
        return "?";
    }
}
