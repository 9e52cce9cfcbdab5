package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.imaging.Blur;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.graph.PushPull;

/**
 * Inpainting by push-pull pyramid fill, then re-graining: the fill restores the smooth base of the hole from its
 * surroundings; the texture energy of the ring around the hole is filled the same way, and the caller's seeded noise,
 * softened to pore size and scaled to that energy, puts back grain of the right strength ({@code grain} 0 leaves the
 * smooth fill). {@code mask} is 1 in the hole; where it is 0 the output is the input, bit for bit.
 */
public final class InpaintFillModel {

    static final int LEVELS = 8;
    /** Detail is what a blur of this sigma removes; the ring's energy is measured there. */
    static final double TEXTURE = 1.0;
    /** Grain is noise softened to about pore size, the spectrum of skin texture. */
    static final double GRAIN_SIZE = 0.8;

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
        // pore-sized grain, scaled so that its detail has the ring's detail energy
        String soft = Filters.blur(g, noise, 1, GRAIN_SIZE);
        String texture = g.op("Mul", soft, g.op("Mul", std, g.scalar((float) (1 / grainDetailStd()))).out()).out();
        String fill = g.op("Add", filled[0], g.op("Mul", texture, grain).out()).out();
        String out = g.op("Add", x, g.op("Mul", mask, g.op("Sub", fill, x).out()).out()).out();
        g.output(out, "output", FLOAT32, "1", "3", "H", "W");

        String doc = "Inpaint fill: push-pull pyramid with re-graining from the ring's texture energy";
        return DefaultModel.of("inpaint-fill", Task.INPAINT, doc, g);
    }

    /**
     * Standard deviation of the detail (what a blur of {@link #TEXTURE} removes) of unit white noise softened by
     * {@link #GRAIN_SIZE}: the norm of that filter chain's 2-D impulse response.
     */
    static double grainDetailStd() {
        double[][] soft = outer(Blur.kernel(GRAIN_SIZE));
        double[][] response = subtract(soft, convolve(soft, outer(Blur.kernel(TEXTURE))));
        double sum = 0;
        for (double[] row : response) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    private static double[][] outer(float[] k) {
        double[][] out = new double[k.length][k.length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                out[i][j] = (double) k[i] * k[j];
            }
        }
        return out;
    }

    /** Full 2-D convolution. */
    private static double[][] convolve(double[][] a, double[][] b) {
        int n = a.length + b.length - 1;
        double[][] out = new double[n][n];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                for (int k = 0; k < b.length; k++) {
                    for (int l = 0; l < b.length; l++) {
                        out[i + k][j + l] += a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    /** {@code a − b} with {@code a} centred in the larger {@code b}. */
    private static double[][] subtract(double[][] a, double[][] b) {
        int off = (b.length - a.length) / 2;
        double[][] out = new double[b.length][b.length];
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i][j] = -b[i][j];
            }
        }
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                out[i + off][j + off] += a[i][j];
            }
        }
        return out;
    }
}
