package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * Lighting adapter with two lights under a mask. {@code glow}: a soft bloom screened over the image (luminous skin).
 * {@code key}: a directional key light that brightens the forms facing {@code direction} (a unit vector pointing
 * towards the light, in image x/y) and darkens the others, read from the slope of the large-scale luminance. Both 0
 * is an exact identity.
 */
public final class LightingModel {

    static final double BLOOM = 16;
    static final double FORM = 24;
    /** Slope of form luminance per pixel that gives about half of the full key effect. */
    static final float SLOPE_GAIN = 200f;

    private LightingModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("lighting");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String mask = g.input("mask", FLOAT32, "1", "1", "H", "W");
        String glow = g.input("glow", FLOAT32, "1");
        String key = g.input("key", FLOAT32, "1");
        String direction = g.input("direction", FLOAT32, "2");

        // screen blend of the bloom: x + glow·mask·bloom·(1 − x)
        String bloom = Filters.blurReduced(g, x, 3, BLOOM, 4);
        String screen = g.op("Mul", bloom, g.op("Sub", g.scalar(1), x).out()).out();
        String glowed = g.op("Add", x, g.op("Mul", screen, g.op("Mul", mask, glow).out()).out()).out();

        // key light: 1 + key·mask·tanh(gain · d(form)/d(direction))
        String form = Filters.blurReduced(g, Filters.luminance(g, x), 1, FORM, 8);
        String[] grad = Filters.gradient(g, form);
        String[] d = g.op("Split", direction).attr("axis", 0L).outs(2);
        String slope = g.op("Add", g.op("Mul", grad[0], d[0]).out(), g.op("Mul", grad[1], d[1]).out()).out();
        String facing = g.op("Tanh", g.op("Mul", slope, g.scalar(SLOPE_GAIN)).out()).out();
        String gain = g.op("Add", g.scalar(1), g.op("Mul", facing, g.op("Mul", mask, key).out()).out()).out();
        g.output(g.op("Mul", glowed, gain).out(), "output", FLOAT32, "1", "3", "H", "W");

        String doc = "Lighting adapter: screened glow and a directional key light on the form";
        return DefaultModel.of("lighting", Task.LIGHTING, doc, g);
    }
}
