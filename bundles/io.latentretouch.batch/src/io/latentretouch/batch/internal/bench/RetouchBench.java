package io.latentretouch.batch.internal.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.color.StandardProfile;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.SkinDetailCurve;
import io.latentretouch.retouch.ImperfectionPreview;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.Step;

/**
 * The imperfection slider: a live-preview step at a 2-megapixel view (recombining the bands prepared once per view,
 * then with the canvas's screen conversion), and full-resolution applies at 24 megapixels (or any size, for the
 * large-image check) against ImageMagick's frequency separation (blur, subtract, scale, add, through the skin mask)
 * timed in the same run.
 */
final class RetouchBench {

    private static final int VIEW_W = 1732;
    private static final int VIEW_H = 1155;
    private static final int RUNS = 3;
    private static final float STEP = 0.02f;

    private final Retoucher retoucher;
    private final PrintStream out;

    RetouchBench(Retoucher retoucher, PrintStream out) {
        this.retoucher = retoucher;
        this.out = out;
    }

    /** Preview steps over a slider drag 3 → 1 → 5 → 3 in hundredths-of-a-level pairs. */
    void preview() throws Exception {
        PlanarImage view = LargeImages.portrait(VIEW_W, VIEW_H);
        SkinMap map = map(view);
        double prepare = Stopwatch.median(RUNS, () -> retoucher.preview(view, map.skin(), map.faces(), 7, RunMonitor.NONE));
        ImperfectionPreview preview = retoucher.preview(view, map.skin(), map.faces(), 7, RunMonitor.NONE);
        ColorConverter screen = new ColorConverter(StandardProfile.ADOBE_RGB.space());
        byte[] rgb = new byte[VIEW_W * VIEW_H * 3];
        double[] render = drag(level -> preview.render(level));
        double[] shown = drag(level -> screen.toScreen(preview.render(level), 0, 0, VIEW_W, VIEW_H, rgb, VIEW_W * 3));
        out.printf("| live preview, %d×%d view (%.1f MP), %d slider steps | median | 90th percentile |%n", VIEW_W, VIEW_H,
                VIEW_W * VIEW_H / 1e6, render.length);
        out.println("|---|---|---|");
        out.printf("| preparing the view: the model at levels 1, 4 and 5 and the blemish fill (once per view; median of %d) | %.0f ms | |%n",
                RUNS, prepare);
        out.printf("| a slider step: recombine the model's answers | %.1f ms | %.1f ms |%n", percentile(render, 0.5), percentile(render, 0.9));
        out.printf("| a slider step with the screen conversion (Adobe RGB → 8-bit sRGB) | %.1f ms | %.1f ms |%n", percentile(shown, 0.5),
                percentile(shown, 0.9));
    }

    private interface LevelStep {
        void at(float level);
    }

    private static double[] drag(LevelStep step) {
        float[] path = {3, 1, 5, 3};
        int n = 0;
        double[] ms = new double[(int) (10 / STEP) + 1];
        for (int leg = 0; leg + 1 < path.length; leg++) {
            float dir = Math.signum(path[leg + 1] - path[leg]);
            for (float l = path[leg]; dir * (path[leg + 1] - l) > 1e-4 && n < ms.length; l += dir * STEP) {
                long t = System.nanoTime();
                step.at(l);
                ms[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return Arrays.copyOf(ms, n);
    }

    private static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    }

    /** Full-resolution applies on a {@code width × height} image against ImageMagick. */
    void apply(Path work, int width, int height) throws Exception {
        PlanarImage image = LargeImages.portrait(width, height);
        SkinMap map = map(image);
        RetouchMasks masks = RetouchMasks.of(map);
        out.printf("| full resolution, %d×%d (%.0f MP), one face (IOD %.0f px), median of %d | ms | ratio to ImageMagick |%n", width, height,
                width * (double) height / 1e6, map.faces().isEmpty() ? Double.NaN : map.faces().get(0).iod(), RUNS);
        out.println("|---|---|---|");
        double magick = magick(work, image, map, 1f);
        double faces = Stopwatch.median(RUNS, () -> retoucher.faces(image, RunMonitor.NONE));
        out.printf("| face detection (BlazeFace, both models, tiles) | %.0f | |%n", faces);
        double mask = Stopwatch.median(RUNS, () -> retoucher.skinMap(image, map.faces(), RunMonitor.NONE));
        out.printf("| skin map (colour models, the face's own skin, features) | %.0f | |%n", mask);
        for (Recipe r : List.of(level(2.5), level(1), Recipes.shipped().get(0))) {
            double ms = Stopwatch.median(RUNS, () -> retoucher.apply(image, r, masks, 1, RunMonitor.NONE));
            out.printf("| apply %s | %.0f | %s |%n", describe(r), ms, Double.isNaN(magick) ? "" : String.format("%.2f×", ms / magick));
        }
        if (!Double.isNaN(magick)) {
            out.printf("| ImageMagick frequency separation at the skin model's fine band, through the mask (minus read and write) | %.0f | 1× |%n",
                    magick);
        }
        out.printf("%npeak RSS of the run: %s%n", InferenceBench.peakRss());
    }

    /** One apply of the first shipped recipe on a large image: the time and the process's peak memory. */
    void large(int width, int height) throws Exception {
        long start = System.nanoTime();
        PlanarImage image = LargeImages.portrait(width, height);
        SkinMap map = map(image);
        double maskSeconds = (System.nanoTime() - start) / 1e9;
        Recipe recipe = Recipes.shipped().get(0);
        start = System.nanoTime();
        retoucher.apply(image, recipe, RetouchMasks.of(map), 1, RunMonitor.NONE);
        double applySeconds = (System.nanoTime() - start) / 1e9;
        out.println("| image | making it and its skin mask | apply '" + recipe.name() + "' | heap limit | peak RSS |");
        out.println("|---|---|---|---|---|");
        out.printf("| %d×%d (%.0f MP) | %.1f s | %.1f s | %.1f GiB | %s |%n", width, height, width * (double) height / 1e6, maskSeconds, applySeconds,
                Runtime.getRuntime().maxMemory() / (double) (1L << 30), InferenceBench.peakRss());
    }

    private SkinMap map(PlanarImage image) throws Exception {
        return retoucher.skinMap(image, retoucher.faces(image, RunMonitor.NONE), RunMonitor.NONE);
    }

    private static Recipe level(double l) {
        return new Recipe("level " + l, "", List.of(new Step.Imperfection(l)));
    }

    private static String describe(Recipe r) {
        return r.steps().size() == 1 ? r.name() + (((Step.Imperfection) r.steps().get(0)).level() < 2 ? " (bands + blemish regeneration)" : " (bands only)")
                : "recipe '" + r.name() + "' (" + r.steps().size() + " steps)";
    }

    /**
     * ImageMagick (Q16) on a 16-bit TIFF: low = blur(σ of the fine band, in the face's pixels: texture above it, tone
     * below, the split a retoucher's frequency separation makes); out = low + k·(src − low) with k the band's gain at
     * {@code level}; composited over the source through the mask. Its time minus reading and writing the TIFF.
     */
    private double magick(Path work, PlanarImage image, SkinMap map, float level) throws Exception {
        Mask skin = map.skin();
        if (!External.exists(External.CONVERT)) {
            return Double.NaN;
        }
        Path src = work.resolve("src.tif");
        Path mask = work.resolve("mask.png");
        Path dst = work.resolve("out.tif");
        ImageFiles.write(new ImageDocument(image, null, 16, "tiff", null), src, WriteOptions.of(OutputFormat.TIFF).replacing());
        ImageFiles.write(new ImageDocument(PlanarImage.wrap(skin.width(), skin.height(), skin.values(), skin.values(), skin.values()), null, 8, "png", null),
                mask, WriteOptions.of(OutputFormat.PNG).replacing());
        double k = 1 + SkinDetailCurve.delta(SkinDetailCurve.FINE, level);
        double iod = map.faces().isEmpty() ? Math.min(image.width(), image.height()) / 8.0 : map.faces().get(0).iod();
        String sigma = "0x" + SkinDetailCurve.FINE_SIGMA * iod;
        List<String> separation = List.of(External.CONVERT, src.toString(), "-write", "mpr:src", "+delete",
                "mpr:src", "-blur", sigma, "-write", "mpr:low", "+delete",
                "mpr:src", "mpr:low", "-compose", "Mathematics", "-define", "compose:args=0," + (-k) + "," + k + ",0.5", "-composite", "-write", "mpr:high", "+delete",
                "mpr:low", "mpr:high", "-compose", "Mathematics", "-define", "compose:args=0,1,1,-0.5", "-composite",
                "mpr:src", "+swap", mask.toString(), "-compose", "over", "-composite", dst.toString());
        double total = External.medianMillis(RUNS, separation);
        double io = External.medianMillis(RUNS, List.of(External.CONVERT, src.toString(), dst.toString()));
        return total - io;
    }
}
