package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.SkinDetailCurve;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * Skin detail by frequency separation into three bands above a smooth base: pores (finest), blemishes and fine lines
 * (middle), tonal variation (coarse). A continuous {@code level} in [1, 5] sets one gain per band: 3 keeps every band
 * (the model is then an exact identity), 1 flattens them (a poreless cover finish), 5 lifts them and adds the grain
 * supplied by the caller (a raw look). Only pixels under {@code mask} change, and the bands are measured on skin only,
 * so a backdrop next to the skin neither bleeds into it nor has its edge against it smoothed away. The numbers are {@link SkinDetailCurve}'s,
 * which the live preview uses too.
 */
public final class SkinDetailModel {

    private SkinDetailModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("skin_detail");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String mask = g.input("mask", FLOAT32, "1", "1", "H", "W");
        String level = g.input("level", FLOAT32, "1");
        String grain = g.input("grain", FLOAT32, "1", "1", "H", "W");

        String onSkin = g.op("Mul", x, mask).out();
        String b1 = skinBlur(g, onSkin, mask, SkinDetailCurve.SIGMAS[0], 1);
        String b2 = skinBlur(g, onSkin, mask, SkinDetailCurve.SIGMAS[1], 2);
        String b3 = skinBlur(g, onSkin, mask, SkinDetailCurve.SIGMAS[2], 8);
        String[] bands = {
            g.op("Sub", x, b1).out(),
            g.op("Sub", b1, b2).out(),
            g.op("Sub", b2, b3).out()
        };
        // below 3 the gains fall towards their level-1 values, above 3 they rise towards level 5; exactly 0 at 3
        String down = Filters.clamp(g, g.op("Div", g.op("Sub", g.scalar(3), level).out(), g.scalar(2)).out(), 0, 1);
        String up = Filters.clamp(g, g.op("Div", g.op("Sub", level, g.scalar(3)).out(), g.scalar(2)).out(), 0, 1);
        String delta = null;
        for (int i = 0; i < bands.length; i++) {
            String gain = g.op("Add", g.op("Mul", down, g.scalar(SkinDetailCurve.AT_LEVEL_1[i])).out(),
                    g.op("Mul", up, g.scalar(SkinDetailCurve.AT_LEVEL_5[i])).out()).out();
            String term = g.op("Mul", bands[i], gain).out();
            delta = delta == null ? term : g.op("Add", delta, term).out();
        }
        String grainAmount = g.op("Mul", Filters.clamp(g, g.op("Sub", level, g.scalar(4)).out(), 0, 1), g.scalar(SkinDetailCurve.GRAIN)).out();
        delta = g.op("Add", delta, g.op("Mul", grain, grainAmount).out()).out();
        String out = g.op("Add", x, g.op("Mul", delta, mask).out()).out();
        g.output(out, "output", FLOAT32, "1", "3", "H", "W");

        String doc = "Skin detail: three-band frequency separation with level-driven gains and seeded grain";
        return DefaultModel.of("skin-detail", Task.SKIN_DETAIL, doc, g);
    }

    /** The mean of the skin around each pixel: blur(image × mask) / blur(mask), reduced by {@code factor} when above 1. */
    private static String skinBlur(GraphBuilder g, String onSkin, String mask, double sigma, int factor) {
        String sum = factor == 1 ? Filters.blur(g, onSkin, 3, sigma) : Filters.blurReduced(g, onSkin, 3, sigma, factor);
        String weight = factor == 1 ? Filters.blur(g, mask, 1, sigma) : Filters.blurReduced(g, mask, 1, sigma, factor);
        return g.op("Div", sum, g.op("Max", weight, g.scalar(SkinDetailCurve.SKIN_WEIGHT_FLOOR)).out()).out();
    }
}
