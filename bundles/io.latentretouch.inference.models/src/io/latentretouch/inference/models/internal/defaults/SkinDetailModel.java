package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.SkinDetailCurve;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.Filters.Kernel;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * Skin detail in a face's own units. Every blur is a fraction of the input {@code iod} (the face's inter-ocular
 * distance in the input's pixels), so a headshot and a full-length shot get the same look. An edge-aware base (a
 * guided filter on the skin, its threshold {@link SkinDetailCurve#EDGE_CONTRAST} times the face's measured pore
 * {@code contrast}, the local deviation of its luma detail) keeps strong edges; the detail finer than the fine blur
 * is the pore band, what lies between the fine blur and the base the blemish and line band, and the base's own
 * unevenness the tone band. A continuous {@code level} in [1, 5] sets one gain per band: 3
 * keeps every band (the model is then an exact identity), 1 flattens them towards a cover finish, 5 lifts them and adds
 * grain shaped like the skin's own: the caller's white {@code grain} noise, band-passed to pore size, normalised and
 * scaled by the local amplitude of the pores. Only pixels under {@code mask} change, and every band is measured on
 * skin only, so nothing beside the skin bleeds in. The numbers are {@link SkinDetailCurve}'s.
 */
public final class SkinDetailModel {

    /** Pooling of the guided filter's windows and of the tone band's wide blur: both are smooth. */
    private static final int GUIDED_POOL = 2;
    private static final int TONE_POOL = 4;
    /** The guide's blur, in fine sigmas: pores gone, edges kept. */
    private static final float GUIDE_SMOOTHING = 2f;
    /** The grain's band, in fine sigmas, and the window its amplitude is measured in. */
    private static final float GRAIN_LOW = 1.5f;
    private static final float GRAIN_HIGH = 4f;
    private static final float AMPLITUDE_WINDOW = 3f;

    private SkinDetailModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("skin_detail");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String mask = g.input("mask", FLOAT32, "1", "1", "H", "W");
        String level = g.input("level", FLOAT32, "1");
        String noise = g.input("grain", FLOAT32, "1", "1", "H", "W");
        String iod = g.input("iod", FLOAT32, "1");
        String contrast = g.input("contrast", FLOAT32, "1");

        String fineSigma = g.op("Mul", iod, g.scalar((float) SkinDetailCurve.FINE_SIGMA)).out();
        SkinMean fine = new SkinMean(g, mask, Filters.kernel(g, fineSigma), 1);
        SkinMean guided = new SkinMean(g, mask, pooled(g, iod, SkinDetailCurve.GUIDED_SIGMA, GUIDED_POOL), GUIDED_POOL);
        SkinMean tone = new SkinMean(g, mask, pooled(g, iod, SkinDetailCurve.TONE_SIGMA, TONE_POOL), TONE_POOL);

        // pores: all the detail finer than the fine blur, edges' finest detail too (the features are masked out)
        String smooth = fine.of(x, 3);
        String guide = new SkinMean(g, mask, Filters.kernel(g, g.op("Mul", fineSigma, g.scalar(GUIDE_SMOOTHING)).out()), 1).of(x, 3);
        String base = guidedBase(g, smooth, guide, guided, contrast);
        String[] bands = {
            g.op("Sub", x, smooth).out(),
            g.op("Sub", smooth, base).out(),
            g.op("Sub", guided.of(base, 3), tone.of(base, 3)).out()
        };
        String down = Filters.clamp(g, g.op("Div", g.op("Sub", g.scalar(3), level).out(), g.scalar(2)).out(), 0, 1);
        String up = Filters.clamp(g, g.op("Div", g.op("Sub", level, g.scalar(3)).out(), g.scalar(2)).out(), 0, 1);
        String delta = null;
        for (int i = 0; i < bands.length; i++) {
            String gain = g.op("Add", g.op("Mul", down, g.scalar(SkinDetailCurve.AT_LEVEL_1[i])).out(),
                    g.op("Mul", up, g.scalar(SkinDetailCurve.AT_LEVEL_5[i])).out()).out();
            String term = g.op("Mul", bands[i], gain).out();
            delta = delta == null ? term : g.op("Add", delta, term).out();
        }
        String grainWeight = g.op("Mul", Filters.clamp(g, g.op("Sub", level, g.scalar(4)).out(), 0, 1), g.scalar(SkinDetailCurve.GRAIN)).out();
        String grain = g.op("Mul", shapedGrain(g, noise, bands[0], fineSigma, fine), grainWeight).out();
        delta = g.op("Add", delta, grain).out();
        String out = g.op("Add", x, g.op("Mul", delta, mask).out()).out();
        g.output(out, "output", FLOAT32, "1", "3", "H", "W");

        String doc = "Skin detail in a face's units: guided-filter base, pore, blemish and tone bands with level-driven gains, "
                + "grain shaped like the pores";
        return DefaultModel.of("skin-detail", Task.SKIN_DETAIL, doc, g);
    }

    /** A kernel of {@code fraction} IODs for the resolution reduced by {@code factor}. */
    private static Kernel pooled(GraphBuilder g, String iod, double fraction, int factor) {
        return Filters.kernel(g, g.op("Mul", iod, g.scalar((float) (fraction / factor))).out());
    }

    /**
     * The guided filter (He, Sun and Tang) of each channel, on skin only, guided by the channel with its pores blurred
     * away, so that texture, however strong, is never taken for an edge: in a window, a = cov(guide, x) / (var(guide)
     * + eps) and b = mean(x) − a · mean(guide); the base is mean(a) · guide + mean(b). Where the skin is even a ≈ 0 and
     * the base is the mean; across an edge well above the threshold a ≈ 1 and the base follows it.
     */
    private static String guidedBase(GraphBuilder g, String x, String guide, SkinMean window, String contrast) {
        String meanGuide = window.of(guide, 3);
        String meanX = window.of(x, 3);
        String covariance = g.op("Sub", window.of(g.op("Mul", guide, x).out(), 3), g.op("Mul", meanGuide, meanX).out()).out();
        String variance = g.op("Relu", g.op("Sub", window.of(g.op("Mul", guide, guide).out(), 3),
                g.op("Mul", meanGuide, meanGuide).out()).out()).out();
        String threshold = g.op("Mul", contrast, g.scalar(SkinDetailCurve.EDGE_CONTRAST)).out();
        String eps = g.op("Add", g.op("Mul", threshold, threshold).out(), g.scalar(1e-10f)).out();
        String a = g.op("Div", covariance, g.op("Add", variance, eps).out()).out();
        String b = g.op("Sub", meanX, g.op("Mul", a, meanGuide).out()).out();
        return g.op("Add", g.op("Mul", window.of(a, 3), guide).out(), window.of(b, 3)).out();
    }

    /**
     * White noise band-passed to the size of pores, normalised to unit local deviation and scaled by the local
     * amplitude of the pores' luma: grain where the skin has texture, as much as it has.
     */
    private static String shapedGrain(GraphBuilder g, String noise, String pores, String fineSigma, SkinMean fine) {
        Kernel narrow = Filters.kernel(g, g.op("Mul", fineSigma, g.scalar(GRAIN_LOW)).out());
        Kernel wide = Filters.kernel(g, g.op("Mul", fineSigma, g.scalar(GRAIN_HIGH)).out());
        Kernel window = Filters.kernel(g, g.op("Mul", fineSigma, g.scalar(AMPLITUDE_WINDOW)).out());
        String band = g.op("Sub", Filters.blur(g, noise, 1, narrow), Filters.blur(g, noise, 1, wide)).out();
        String deviation = Filters.sqrt(g, Filters.blur(g, g.op("Mul", band, band).out(), 1, window));
        String unit = g.op("Div", band, g.op("Add", deviation, g.scalar(1e-6f)).out()).out();
        String y = Filters.luminance(g, pores);
        String amplitude = Filters.sqrt(g, new SkinMean(g, fine.mask(), window, 1).of(g.op("Mul", y, y).out(), 1));
        return g.op("Mul", unit, amplitude).out();
    }

    /**
     * The mean of the skin around each pixel, blur(value × mask) / blur(mask), by one kernel (at a resolution reduced
     * by {@code factor} when above 1); the mask's blur is computed once.
     */
    private static final class SkinMean {
        private final GraphBuilder g;
        private final String mask;
        private final Kernel kernel;
        private final int factor;
        private final String weight;

        SkinMean(GraphBuilder g, String mask, Kernel kernel, int factor) {
            this.g = g;
            this.mask = mask;
            this.kernel = kernel;
            this.factor = factor;
            this.weight = g.op("Max", blur(mask, 1), g.scalar(SkinDetailCurve.SKIN_WEIGHT_FLOOR)).out();
        }

        String mask() {
            return mask;
        }

        String of(String value, int channels) {
            return g.op("Div", blur(g.op("Mul", value, mask).out(), channels), weight).out();
        }

        private String blur(String value, int channels) {
            return factor == 1 ? Filters.blur(g, value, channels, kernel) : Filters.blurReduced(g, value, channels, kernel, factor);
        }
    }
}
