package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.graph.PushPull;

/**
 * Inpainting by push-pull pyramid fill, then re-graining: the fill restores the smooth base of the hole from its
 * surroundings; the texture energy of the ring around the hole is filled the same way, and the caller's seeded noise,
 * high-passed and scaled to that energy, puts back grain of the right strength ({@code grain} 0 leaves the smooth
 * fill). {@code mask} is 1 in the hole; where it is 0 the output is the input, bit for bit.
 */
public final class InpaintFillModel {

    static final int LEVELS = 8;
    static final double TEXTURE = 1.0;

    private InpaintFillModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("inpaint_fill");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String mask = g.input("mask", FLOAT32, "1", "1", "H", "W");
        String noise = g.input("noise", FLOAT32, "1", "1", "H", "W");
        String grain = g.input("grain", FLOAT32, "1");

        String known = g.op("Sub", g.scalar(1), mask).out();
        String y = Filters.luminance(g, x);
        String detail = g.op("Sub", y, Filters.blur(g, y, 1, TEXTURE)).out();
        String energy = g.op("Mul", detail, detail).out();
        String stack = g.op("Concat", x, energy).attr("axis", 1L).out();
        String[] filled = g.op("Split", PushPull.fill(g, stack, known, LEVELS), g.vector(3, 1))
                .attr("axis", 1L).outs(2);

        String std = g.op("Sqrt", g.op("Relu", filled[1]).out()).out();
        String whiteDetail = g.op("Sub", noise, Filters.blur(g, noise, 1, TEXTURE)).out();
        String texture = g.op("Mul", whiteDetail, g.op("Mul", std, g.scalar((float) (1 / noiseDetailStd()))).out()).out();
        String fill = g.op("Add", filled[0], g.op("Mul", texture, grain).out()).out();
        String out = g.op("Add", x, g.op("Mul", mask, g.op("Sub", fill, x).out()).out()).out();
        g.output(out, "output", FLOAT32, "1", "3", "H", "W");

        String doc = "Inpaint fill: push-pull pyramid with re-graining from the ring's texture energy";
        return DefaultModel.of("inpaint-fill", Task.INPAINT, doc, g);
    }

    /** Standard deviation of unit white noise minus its Gaussian blur: 1 − 2·k(0) + Σk² under the square root. */
    static double noiseDetailStd() {
        float[] k = Filters.gaussian(TEXTURE);
        double sumSq = 0;
        for (float v : k) {
            sumSq += v * v;
        }
        double centre = k[k.length / 2] * (double) k[k.length / 2];
        return Math.sqrt(1 - 2 * centre + sumSq * sumSq);
    }
}
