package io.latentretouch.retouch.internal;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.PlanarImage;

/**
 * Luma and the two colour differences of an image (Rec. 601 Cb and Cr, each divided by the luma, so that shading and
 * light leave a colour where it is). Luma is smoothed lightly, so that a pixel is not its sensor noise; colour by about
 * a blemish's size, so that a reddened spot or a mole is still the skin's colour (skin that needs retouching is skin)
 * and JPEG's chroma blocks are gone. Both in fractions of the smallest face, at least a pixel.
 */
final class Colours {

    /** Luma below which colour differences are divided by this instead: the colour of black is noise. */
    static final float DARKEST = 0.02f;
    /** The smoothing of luma and of colour, in face units. */
    static final double LUMA_SMOOTHING = 1 / 50.0;
    static final double COLOUR_SMOOTHING = 1 / 20.0;

    final int width;
    final int height;
    final float[] luma;
    final float[] cb;
    final float[] cr;

    private Colours(int width, int height, float[] luma, float[] cb, float[] cr) {
        this.width = width;
        this.height = height;
        this.luma = luma;
        this.cb = cb;
        this.cr = cr;
    }

    static Colours of(PlanarImage image, double unit) {
        int w = image.width();
        int h = image.height();
        float[][] fine = smoothed(image, Math.max(1, unit * LUMA_SMOOTHING));
        float[][] wide = smoothed(image, Math.max(1, unit * COLOUR_SMOOTHING));
        float[] y = new float[w * h];
        float[] cb = new float[w * h];
        float[] cr = new float[w * h];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * fine[0][i] + 0.587f * fine[1][i] + 0.114f * fine[2][i];
            float wy = 0.299f * wide[0][i] + 0.587f * wide[1][i] + 0.114f * wide[2][i];
            float light = Math.max(wy, DARKEST);
            cb[i] = 0.564f * (wide[2][i] - wy) / light;
            cr[i] = 0.713f * (wide[0][i] - wy) / light;
        }
        return new Colours(w, h, y, cb, cr);
    }

    private static float[][] smoothed(PlanarImage image, double sigma) {
        float[][] out = new float[3][];
        for (int c = 0; c < 3; c++) {
            out[c] = Blur.gaussian(image.plane(c), image.width(), image.height(), sigma);
        }
        return out;
    }

    /**
     * The local deviation of luma detail: luma minus its blur by {@code sigma}, its root mean square in a window twice
     * that; how much texture a place has at that scale.
     */
    float[] texture(double sigma) {
        return texture(luma, width, height, sigma);
    }

    /** {@link #texture(double)} of a luma plane. */
    static float[] texture(float[] luma, int width, int height, double sigma) {
        double s = Math.max(0.7, sigma);
        float[] low = Blur.gaussian(luma, width, height, s);
        float[] sq = new float[luma.length];
        for (int i = 0; i < sq.length; i++) {
            float d = luma[i] - low[i];
            sq[i] = d * d;
        }
        float[] mean = Blur.gaussian(sq, width, height, 2 * s);
        for (int i = 0; i < mean.length; i++) {
            mean[i] = (float) Math.sqrt(mean[i]);
        }
        return mean;
    }
}
