package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * A skin probability map from a colour model: a Gaussian in normalised chromaticity (r = R/(R+G+B), g = G/(R+G+B)),
 * where light and deep skin tones lie close together because lightness divides out; very dark and blown-out pixels
 * are faded out; a small blur gives soft edges, and probabilities below {@link #FLOOR} become exactly 0.
 */
public final class SkinMaskModel {

    /** Centre and spread of the skin locus in r and g. */
    static final float R = 0.435f;
    static final float G = 0.317f;
    static final float R_SPREAD = 0.045f;
    static final float G_SPREAD = 0.016f;
    /** Probability below which a pixel is not skin at all. */
    static final float FLOOR = 0.02f;

    private SkinMaskModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("skin_mask");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String[] rgb = g.op("Split", x).attr("axis", 1L).outs(3);
        String sum = g.op("Max", g.op("Add", g.op("Add", rgb[0], rgb[1]).out(), rgb[2]).out(), g.scalar(1e-4f)).out();
        String r = g.op("Div", g.op("Sub", g.op("Div", rgb[0], sum).out(), g.scalar(R)).out(), g.scalar(R_SPREAD)).out();
        String gr = g.op("Div", g.op("Sub", g.op("Div", rgb[1], sum).out(), g.scalar(G)).out(), g.scalar(G_SPREAD)).out();
        String d2 = g.op("Add", g.op("Mul", r, r).out(), g.op("Mul", gr, gr).out()).out();
        String chroma = g.op("Exp", g.op("Mul", d2, g.scalar(-0.5f)).out()).out();
        String y = Filters.luminance(g, x);
        String notDark = Filters.clamp(g, g.op("Div", g.op("Sub", y, g.scalar(0.06f)).out(), g.scalar(0.08f)).out(), 0, 1);
        String notBlown = Filters.clamp(g, g.op("Div", g.op("Sub", g.scalar(0.99f), y).out(), g.scalar(0.04f)).out(), 0, 1);
        String p = g.op("Mul", chroma, g.op("Mul", notDark, notBlown).out()).out();
        // below FLOOR is not skin at all: exact zeros there leave those pixels untouched, bit for bit
        String soft = Filters.blur(g, p, 1, 2);
        String floored = g.op("Mul", g.op("Sub", soft, g.scalar(FLOOR)).out(), g.scalar(1 / (1 - FLOOR))).out();
        g.output(Filters.clamp(g, floored, 0, 1), "mask", FLOAT32, "1", "1", "H", "W");
        String doc = "Skin mask: chromaticity Gaussian skin model with lightness gates and soft edges";
        return DefaultModel.of("skin-mask", Task.SKIN_MASK, doc, g);
    }
}
