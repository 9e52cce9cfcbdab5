package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * A skin probability map from a colour model: a Gaussian in the chroma plane (Cb, Cr) around the skin locus, which
 * spans light to deep skin tones because chroma hardly depends on lightness; very dark and blown-out pixels are faded
 * out; a small blur gives soft edges.
 */
public final class SkinMaskModel {

    /** Centre and spread of the skin locus in Cb and Cr (0..1 units). */
    static final float CB = 0.41f;
    static final float CR = 0.60f;
    static final float CB_SPREAD = 0.05f;
    static final float CR_SPREAD = 0.045f;

    private SkinMaskModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("skin_mask");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String ycc = g.op("Conv", x, g.floats("ycbcr", new float[] {
            0.299f, 0.587f, 0.114f,
            -0.168736f, -0.331264f, 0.5f,
            0.5f, -0.418688f, -0.081312f}, 3, 3, 1, 1)).out();
        String[] c = g.op("Split", ycc).attr("axis", 1L).outs(3);
        String cb = g.op("Div", g.op("Sub", c[1], g.scalar(CB - 0.5f)).out(), g.scalar(CB_SPREAD)).out();
        String cr = g.op("Div", g.op("Sub", c[2], g.scalar(CR - 0.5f)).out(), g.scalar(CR_SPREAD)).out();
        String d2 = g.op("Add", g.op("Mul", cb, cb).out(), g.op("Mul", cr, cr).out()).out();
        String chroma = g.op("Exp", g.op("Mul", d2, g.scalar(-0.5f)).out()).out();
        String notDark = Filters.clamp(g, g.op("Div", g.op("Sub", c[0], g.scalar(0.08f)).out(), g.scalar(0.1f)).out(), 0, 1);
        String notBlown = Filters.clamp(g, g.op("Div", g.op("Sub", g.scalar(0.99f), c[0]).out(), g.scalar(0.04f)).out(), 0, 1);
        String p = g.op("Mul", chroma, g.op("Mul", notDark, notBlown).out()).out();
        g.output(Filters.clamp(g, Filters.blur(g, p, 1, 2), 0, 1), "mask", FLOAT32, "1", "1", "H", "W");

        String doc = "Skin mask: chroma Gaussian skin model with lightness gates and soft edges";
        return DefaultModel.of("skin-mask", Task.SKIN_MASK, doc, g);
    }
}
