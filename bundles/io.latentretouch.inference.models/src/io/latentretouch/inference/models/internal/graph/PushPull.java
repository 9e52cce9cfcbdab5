package io.latentretouch.inference.models.internal.graph;

/**
 * Push-pull interpolation (a pyramid fill): values known with weight {@code w} in [0, 1] spread into the unknown
 * places. Push averages values and weights down a pyramid; pull rebuilds each level as its own known average where
 * it has support and the coarser level, resized, where it has none. Smooth, hole-size independent, and cheap.
 */
public final class PushPull {

    private static final float EPSILON = 1e-6f;
    /**
     * How much a partly known cell is trusted over the coarser level: its known fraction times this, at most 1.
     * Measured on the synthetic blemish set: 1 gives a hole error 22 % above 4, which is within 2 % of 8.
     */
    private static final float TRUST = 4f;

    private PushPull() {
    }

    /**
     * @param values [1,C,H,W] values, anything where the weight is 0
     * @param weight [1,1,H,W] how much each value is known
     * @param levels pyramid depth: holes up to about {@code 2^levels} pixels wide are filled from their surroundings
     * @return [1,C,H,W] with known values kept in proportion to their weight
     */
    public static String fill(GraphBuilder g, String values, String weight, int levels) {
        String[] sums = new String[levels + 1];
        String[] weights = new String[levels + 1];
        sums[0] = g.op("Mul", values, weight).out();
        weights[0] = weight;
        for (int l = 1; l <= levels; l++) {
            sums[l] = pool(g, sums[l - 1]);
            weights[l] = pool(g, weights[l - 1]);
        }
        String filled = mean(g, sums[levels], weights[levels]);
        for (int l = levels - 1; l >= 0; l--) {
            String coarse = Filters.resizeLike(g, filled, sums[l]);
            String known = mean(g, sums[l], weights[l]);
            // trust·known + (1 − trust)·coarse, where a cell a quarter known is trusted fully
            String trust = Filters.clamp(g, g.op("Mul", weights[l], g.scalar(TRUST)).out(), 0, 1);
            String fromCoarse = g.op("Mul", coarse, g.op("Sub", g.scalar(1), trust).out()).out();
            filled = g.op("Add", g.op("Mul", known, trust).out(), fromCoarse).out();
        }
        return filled;
    }

    private static String pool(GraphBuilder g, String x) {
        return g.op("AveragePool", x).attr("kernel_shape", 2L, 2L).attr("strides", 2L, 2L).attr("ceil_mode", 1L).out();
    }

    /** Weighted sum over weight, where there is weight. */
    private static String mean(GraphBuilder g, String sum, String weight) {
        return g.op("Div", sum, g.op("Max", weight, g.scalar(EPSILON)).out()).out();
    }
}
