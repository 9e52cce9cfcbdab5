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
import io.latentretouch.inference.models.SkinDetailCurve;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;

/**
 * The inference benchmarks: the default models at 2048² against OpenCV and ImageMagick doing the equivalent blurs or
 * inpainting, in the same run; and a tiled run over a large image with its time per megapixel and peak memory.
 */
final class InferenceBench {

    private static final int SIDE = 2048;
    private static final int RUNS = 5;
    /** The skin detail model's computation (guide, guided filter, three bands) in OpenCV, its blurs at the same sigmas. */
    private static final String OPENCV_SKIN = "import cv2, numpy as np, sys, time, statistics\n"
            + "img = cv2.imread(sys.argv[1]).astype(np.float32) / 255; iod = float(sys.argv[3]); eps = float(sys.argv[4]) ** 2\n"
            + "B = lambda z, s: cv2.GaussianBlur(z, (0, 0), s)\n"
            + "def run():\n"
            + "    f, g, t = iod / 60, iod / 16, iod / 4\n"
            + "    I = B(img, 2 * f); mI = B(I, g); mp = B(img, g); cov = B(I * img, g) - mI * mp; var = B(I * I, g) - mI * mI\n"
            + "    a = cov / (var + eps); b = mp - a * mI; low = B(a, g) * I + B(b, g)\n"
            + "    high = img - low; coarse = B(high, f); fine = high - coarse; tone = B(low, g) - B(low, t)\n"
            + "    return img - 0.6 * fine - 0.75 * coarse - 0.5 * tone\n"
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

    /** The IOD the retoucher runs the skin detail model at (at most), and a pore contrast like the synthetic skin's. */
    private static final float WORK_IOD = 192;
    private static final float CONTRAST = 0.006f;
    private static final int REACH = (int) Math.ceil(SkinDetailCurve.REACH * WORK_IOD);

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
                Map.of("level", scalar(1f), "iod", scalar(WORK_IOD), "contrast", scalar(CONTRAST)), "output", 3, 1, TileSpec.forReach(REACH, SIDE));
        double ours = Stopwatch.median(RUNS, () -> adapters.runTiled(skin, whole, RunMonitor.NONE));
        out.println("| 2048² (median of " + RUNS + ") | Latent Retouch | anchor | anchor ms | ratio |");
        out.println("|---|---|---|---|---|");
        if (External.python("cv2")) {
            double cv = Double.parseDouble(External.run(List.of(External.PYTHON, "-c", OPENCV_SKIN, png.toString(), "" + RUNS, "" + WORK_IOD,
                    "" + SkinDetailCurve.EDGE_CONTRAST * CONTRAST)).strip());
            row("skin detail at an IOD of " + (int) WORK_IOD + " px (guided base, 3 bands)", ours, "OpenCV: the same computation, GaussianBlur at full resolution (float32)", cv);
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
    void tiled(double megapixels, int tile) throws Exception {
        TileSpec tiles = TileSpec.forReach(REACH, tile);
        int side = (int) Math.round(Math.sqrt(megapixels * 1e6));
        PlanarImage big = LargeImages.portraits(side, side);
        Mask all = Mask.full(side, side);
        ModelDescriptor skin = registry.require(DefaultModelIds.SKIN_DETAIL);
        TiledRequest request = new TiledRequest(Map.of("image", big, "mask", all.asImage()), Map.of("grain", 3L),
                Map.of("level", scalar(2f), "iod", scalar(WORK_IOD), "contrast", scalar(CONTRAST)), "output", 3, 1, tiles);
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

    private static Tensor scalar(float v) {
        return Tensor.ofFloats(new float[] {v}, 1);
    }
}
