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
        PlanarImage view = LargeImages.portraits(VIEW_W, VIEW_H);
        Mask skin = retoucher.skinMask(view, RunMonitor.NONE);
        PlanarImage clean = retoucher.withoutBlemishes(view, skin, 1, RunMonitor.NONE);
        double prepare = Stopwatch.median(RUNS, () -> new ImperfectionPreview(view, skin, clean, 1, 7));
        ImperfectionPreview preview = new ImperfectionPreview(view, skin, clean, 1, 7);
        ColorConverter screen = new ColorConverter(StandardProfile.ADOBE_RGB.space());
        byte[] rgb = new byte[VIEW_W * VIEW_H * 3];
        double[] render = drag(level -> preview.render(level));
        double[] shown = drag(level -> screen.toScreen(preview.render(level), 0, 0, VIEW_W, VIEW_H, rgb, VIEW_W * 3));
        out.printf("| live preview, %d×%d view (%.1f MP), %d slider steps | median | 90th percentile |%n", VIEW_W, VIEW_H,
                VIEW_W * VIEW_H / 1e6, render.length);
        out.println("|---|---|---|");
        out.printf("| preparing the view's bands and blemish fill (once per view; median of %d) | %.0f ms | |%n", RUNS, prepare);
        out.printf("| a slider step: recombine the bands | %.1f ms | %.1f ms |%n", percentile(render, 0.5), percentile(render, 0.9));
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
        PlanarImage image = LargeImages.portraits(width, height);
        Mask skin = retoucher.skinMask(image, RunMonitor.NONE);
        RetouchMasks masks = RetouchMasks.fromSkin(skin);
        out.printf("| full resolution, %d×%d (%.0f MP), median of %d | ms | ratio to ImageMagick |%n", width, height, width * (double) height / 1e6, RUNS);
        out.println("|---|---|---|");
        double magick = magick(work, image, skin, 1.5f);
        double mask = Stopwatch.median(RUNS, () -> retoucher.skinMask(image, RunMonitor.NONE));
        out.printf("| skin mask (model, hole filling) | %.0f | |%n", mask);
        for (Recipe r : List.of(level(2.5), level(1.5), Recipes.shipped().get(0))) {
            double ms = Stopwatch.median(RUNS, () -> retoucher.apply(image, r, masks, 1, RunMonitor.NONE));
            out.printf("| apply %s | %.0f | %s |%n", describe(r), ms, Double.isNaN(magick) ? "" : String.format("%.2f×", ms / magick));
        }
        if (!Double.isNaN(magick)) {
            out.printf("| ImageMagick frequency separation at the skin model's middle band, through the mask (minus read and write) | %.0f | 1× |%n",
                    magick);
        }
        out.printf("%npeak RSS of the run: %s%n", InferenceBench.peakRss());
    }

    /** One apply of the first shipped recipe on a large image: the time and the process's peak memory. */
    void large(int width, int height) throws Exception {
        long start = System.nanoTime();
        PlanarImage image = LargeImages.portraits(width, height);
        Mask skin = retoucher.skinMask(image, RunMonitor.NONE);
        double maskSeconds = (System.nanoTime() - start) / 1e9;
        Recipe recipe = Recipes.shipped().get(0);
        start = System.nanoTime();
        retoucher.apply(image, recipe, RetouchMasks.fromSkin(skin), 1, RunMonitor.NONE);
        double applySeconds = (System.nanoTime() - start) / 1e9;
        out.println("| image | making it and its skin mask | apply '" + recipe.name() + "' | heap limit | peak RSS |");
        out.println("|---|---|---|---|---|");
        out.printf("| %d×%d (%.0f MP) | %.1f s | %.1f s | %.1f GiB | %s |%n", width, height, width * (double) height / 1e6, maskSeconds, applySeconds,
                Runtime.getRuntime().maxMemory() / (double) (1L << 30), InferenceBench.peakRss());
    }

    private static Recipe level(double l) {
        return new Recipe("level " + l, "", List.of(new Step.Imperfection(l)));
    }

    private static String describe(Recipe r) {
        return r.steps().size() == 1 ? r.name() + (((Step.Imperfection) r.steps().get(0)).level() < 2 ? " (bands + blemish regeneration)" : " (bands only)")
                : "recipe '" + r.name() + "' (" + r.steps().size() + " steps)";
    }

    /**
     * ImageMagick (Q16) on a 16-bit TIFF: low = blur(σ of the middle band); out = low + k·(src − low) with k the band's
     * gain at {@code level}; composited over the source through the mask. Its time minus reading and writing the TIFF.
     */
    private double magick(Path work, PlanarImage image, Mask skin, float level) throws Exception {
        if (!External.exists(External.CONVERT)) {
            return Double.NaN;
        }
        Path src = work.resolve("src.tif");
        Path mask = work.resolve("mask.png");
        Path dst = work.resolve("out.tif");
        ImageFiles.write(new ImageDocument(image, null, 16, "tiff", null), src, WriteOptions.of(OutputFormat.TIFF).replacing());
        ImageFiles.write(new ImageDocument(PlanarImage.wrap(skin.width(), skin.height(), skin.values(), skin.values(), skin.values()), null, 8, "png", null),
                mask, WriteOptions.of(OutputFormat.PNG).replacing());
        double k = 1 + SkinDetailCurve.delta(1, level);
        String sigma = "0x" + SkinDetailCurve.SIGMAS[1];
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
