package io.latentretouch.inference.models.internal.graph;

import io.latentretouch.imaging.Blur;
import io.latentretouch.inference.DType;

/**
 * Image filters as ONNX subgraphs on NCHW float tensors with free H and W. Borders are extended with their edge
 * pixels, never zero-padded, so a filtered image keeps its brightness up to the edge; unlike reflection, edge padding
 * also works when the kernel is wider than a small (or strongly reduced) image.
 */
public final class Filters {

    private Filters() {
    }

    /** Separable Gaussian blur of every channel independently. */
    public static String blur(GraphBuilder g, String x, int channels, double sigma) {
        float[] k = Blur.kernel(sigma);
        int r = k.length / 2;
        String padded = g.op("Pad", x, g.vector(0, 0, r, r, 0, 0, r, r))
                .attr("mode", "edge").out();
        float[] w = new float[channels * k.length];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(k, 0, w, c * k.length, k.length);
        }
        String horizontal = g.op("Conv", padded, g.floats(g.fresh("kx"), w, channels, 1, 1, k.length))
                .attr("group", (long) channels).out();
        return g.op("Conv", horizontal, g.floats(g.fresh("ky"), w, channels, 1, k.length, 1))
                .attr("group", (long) channels).out();
    }

    /**
     * A wide blur computed at reduced resolution: average-pool by {@code factor}, blur by {@code sigma / factor},
     * resize back bilinearly. Several times cheaper than {@link #blur} for large sigma, indistinguishable for the
     * low-frequency bands it serves.
     */
    public static String blurReduced(GraphBuilder g, String x, int channels, double sigma, int factor) {
        return resizeLike(g, blur(g, pool(g, x, factor), channels, sigma / factor), x);
    }

    /**
     * A Gaussian whose sigma is a value of the graph (a [1] float tensor, e.g. a fraction of a face's size given as an
     * input): the taps of {@link Blur#kernel}, radius {@code ceil(3 sigma)} and at least 1, computed in the graph.
     */
    public static Kernel kernel(GraphBuilder g, String sigma) {
        String radius = g.op("Max", g.op("Ceil", g.op("Mul", sigma, g.scalar(3)).out()).out(), g.scalar(1)).out();
        String r = g.op("Squeeze", radius, g.vector(0)).out();
        String positions = g.op("Range", g.op("Neg", r).out(), g.op("Add", r, g.scalar(1)).out(), g.scalar(1)).out();
        String twoVariance = g.op("Mul", g.op("Mul", sigma, sigma).out(), g.scalar(2)).out();
        String bell = g.op("Exp", g.op("Neg", g.op("Div", g.op("Mul", positions, positions).out(), twoVariance).out()).out()).out();
        String taps = g.op("Div", bell, g.op("ReduceSum", bell).out()).out();
        String ri = g.op("Cast", radius).attr("to", (long) GraphBuilder.elemType(DType.INT64)).out();
        String zeros = g.vector(0, 0);
        String pads = g.op("Concat", zeros, ri, ri, zeros, ri, ri).attr("axis", 0L).out();
        return new Kernel(taps, pads);
    }

    /** Taps of a separable kernel computed in the graph, and the edge padding it needs. */
    public record Kernel(String taps, String pads) {
    }

    /** Separable blur of every channel independently by a kernel computed in the graph. */
    public static String blur(GraphBuilder g, String x, int channels, Kernel k) {
        String padded = g.op("Pad", x, k.pads()).attr("mode", "edge").out();
        String repeats = g.vector(channels, 1, 1, 1);
        String kx = g.op("Tile", g.op("Reshape", k.taps(), g.vector(1, 1, 1, -1)).out(), repeats).out();
        String ky = g.op("Tile", g.op("Reshape", k.taps(), g.vector(1, 1, -1, 1)).out(), repeats).out();
        String horizontal = g.op("Conv", padded, kx).attr("group", (long) channels).out();
        return g.op("Conv", horizontal, ky).attr("group", (long) channels).out();
    }

    /** {@link #blurReduced} by a kernel computed in the graph for the pooled resolution. */
    public static String blurReduced(GraphBuilder g, String x, int channels, Kernel pooledKernel, int factor) {
        return resizeLike(g, blur(g, pool(g, x, factor), channels, pooledKernel), x);
    }

    private static String pool(GraphBuilder g, String x, int factor) {
        return g.op("AveragePool", x).attr("kernel_shape", (long) factor, (long) factor)
                .attr("strides", (long) factor, (long) factor).attr("ceil_mode", 1L).out();
    }

    /** Bilinear resize of {@code x} to the spatial size of {@code like}. */
    public static String resizeLike(GraphBuilder g, String x, String like) {
        String sizes = g.op("Shape", like).out();
        return g.op("Resize", x, "", "", sizes).attr("mode", "linear")
                .attr("coordinate_transformation_mode", "half_pixel").out();
    }

    /** {@code min(max(x, lo), hi)} for a scalar-broadcast clamp. */
    public static String clamp(GraphBuilder g, String x, float lo, float hi) {
        return g.op("Clip", x, g.scalar(lo), g.scalar(hi)).out();
    }

    /** The non-negative square root of {@code x}, clamped at zero first. */
    public static String sqrt(GraphBuilder g, String x) {
        return g.op("Sqrt", g.op("Relu", x).out()).out();
    }

    /** Rec. 601 luma of an RGB tensor, as one channel. */
    public static String luminance(GraphBuilder g, String rgb) {
        return g.op("Conv", rgb, g.floats(g.fresh("luma"), new float[] {0.299f, 0.587f, 0.114f}, 1, 3, 1, 1)).out();
    }

    /** 3×3 central-difference gradients of a one-channel tensor: {x, y}. */
    public static String[] gradient(GraphBuilder g, String y) {
        String padded = g.op("Pad", y, g.vector(0, 0, 1, 1, 0, 0, 1, 1)).attr("mode", "edge").out();
        String gx = g.op("Conv", padded, g.floats(g.fresh("dx"), new float[] {0, 0, 0, -0.5f, 0, 0.5f, 0, 0, 0}, 1, 1, 3, 3)).out();
        String gy = g.op("Conv", padded, g.floats(g.fresh("dy"), new float[] {0, -0.5f, 0, 0, 0, 0, 0, 0.5f, 0}, 1, 1, 3, 3)).out();
        return new String[] {gx, gy};
    }
}
