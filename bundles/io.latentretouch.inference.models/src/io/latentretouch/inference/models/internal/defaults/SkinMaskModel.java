package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * A skin probability map from a colour model. In normalised chromaticity (r = R/(R+G+B), g = G/(R+G+B)) lightness
 * divides out and skin tones lie along one short line, from pale (r ≈ 0.40) to deep (r ≈ 0.49, redder): the
 * probability is a Gaussian of the distance to that segment, so every tone on it counts as fully skin, and the fall-off
 * beside it is the same for all. A warmth gate (r − g) keeps cream, linen and grey, near white, out. Very dark and
 * blown-out pixels are faded out; a small blur gives soft edges, inside the skin only, and probabilities below
 * {@link #FLOOR} become exactly 0.
 */
public final class SkinMaskModel {

    /** The skin segment's pale and deep ends in (r, g). */
    static final float PALE_R = 0.401f;
    static final float PALE_G = 0.3226f;
    static final float DEEP_R = 0.490f;
    static final float DEEP_G = 0.308f;
    /** Fall-off away from the segment, in r and g. */
    static final float R_SPREAD = 0.045f;
    static final float G_SPREAD = 0.016f;
    /** r − g below which a colour is too neutral to be skin, and the ramp above it to full probability. */
    static final float WARM = 0.02f;
    static final float WARM_RAMP = 0.03f;
    /** Probability below which a pixel is not skin at all. */
    static final float FLOOR = 0.02f;

    private SkinMaskModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("skin_mask");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String[] rgb = g.op("Split", x).attr("axis", 1L).outs(3);
        String sum = g.op("Max", g.op("Add", g.op("Add", rgb[0], rgb[1]).out(), rgb[2]).out(), g.scalar(1e-4f)).out();
        String rn = g.op("Div", rgb[0], sum).out();
        String gn = g.op("Div", rgb[1], sum).out();
        // u, v: chromaticity in spreads from the pale end; (dx, dy): the segment in the same units
        String u = g.op("Div", g.op("Sub", rn, g.scalar(PALE_R)).out(), g.scalar(R_SPREAD)).out();
        String v = g.op("Div", g.op("Sub", gn, g.scalar(PALE_G)).out(), g.scalar(G_SPREAD)).out();
        float dx = (DEEP_R - PALE_R) / R_SPREAD;
        float dy = (DEEP_G - PALE_G) / G_SPREAD;
        float length2 = dx * dx + dy * dy;
        String along = g.op("Add", g.op("Mul", u, g.scalar(dx / length2)).out(), g.op("Mul", v, g.scalar(dy / length2)).out()).out();
        String t = Filters.clamp(g, along, 0, 1);
        String du = g.op("Sub", u, g.op("Mul", t, g.scalar(dx)).out()).out();
        String dv = g.op("Sub", v, g.op("Mul", t, g.scalar(dy)).out()).out();
        String d2 = g.op("Add", g.op("Mul", du, du).out(), g.op("Mul", dv, dv).out()).out();
        String chroma = g.op("Exp", g.op("Mul", d2, g.scalar(-0.5f)).out()).out();
        String warm = Filters.clamp(g, g.op("Div", g.op("Sub", g.op("Sub", rn, gn).out(), g.scalar(WARM)).out(), g.scalar(WARM_RAMP)).out(), 0, 1);
        String y = Filters.luminance(g, x);
        String notDark = Filters.clamp(g, g.op("Div", g.op("Sub", y, g.scalar(0.06f)).out(), g.scalar(0.08f)).out(), 0, 1);
        String notBlown = Filters.clamp(g, g.op("Div", g.op("Sub", g.scalar(0.99f), y).out(), g.scalar(0.04f)).out(), 0, 1);
        String p = g.op("Mul", g.op("Mul", chroma, warm).out(), g.op("Mul", notDark, notBlown).out()).out();
        // below FLOOR is not skin at all: exact zeros there leave those pixels untouched, bit for bit
        // the edge is softened inwards only: a mask reaching out over the backdrop would retouch it into a fringe of
        // skin colour along the outline
        String soft = g.op("Min", Filters.blur(g, p, 1, 2), p).out();
        String floored = g.op("Mul", g.op("Sub", soft, g.scalar(FLOOR)).out(), g.scalar(1 / (1 - FLOOR))).out();
        g.output(Filters.clamp(g, floored, 0, 1), "mask", FLOAT32, "1", "1", "H", "W");
        String doc = "Skin mask: chromaticity skin-segment model, pale to deep, with warmth and lightness gates and soft edges";
        return DefaultModel.of("skin-mask", Task.SKIN_MASK, doc, g);
    }
}
