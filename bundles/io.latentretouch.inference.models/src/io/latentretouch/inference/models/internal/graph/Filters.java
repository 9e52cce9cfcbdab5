package io.latentretouch.inference.models.internal.graph;

import io.latentretouch.imaging.Blur;

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
        String pooled = g.op("AveragePool", x).attr("kernel_shape", (long) factor, (long) factor)
                .attr("strides", (long) factor, (long) factor).attr("ceil_mode", 1L).out();
        String small = blur(g, pooled, channels, sigma / factor);
        return resizeLike(g, small, x);
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
