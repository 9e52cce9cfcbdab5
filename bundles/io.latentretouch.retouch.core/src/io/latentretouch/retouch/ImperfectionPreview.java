package io.latentretouch.retouch;

import java.util.stream.IntStream;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.models.SkinDetailCurve;

/**
 * The imperfection slider's live preview for one view of an image. Preparing splits the view into the skin detail
 * model's bands once (a fraction of a second); afterwards every slider position only recombines them, a few
 * milliseconds for a screen-sized view. The bands are computed with the model's own curve ({@link SkinDetailCurve})
 * and sigmas scaled to the view, so the preview shows what the full-resolution model will compute.
 * Not thread-safe: one preview serves one view.
 */
public final class ImperfectionPreview {

    private final int width;
    private final int height;
    private final float[][] source = new float[3][];
    /** Per channel, premultiplied by the skin mask: the change towards level 1 and towards level 5. */
    private final float[][] smooth = new float[3][];
    private final float[][] raw = new float[3][];
    /** Per channel, premultiplied by the skin mask: the blemish removal, or null when none was found. */
    private final float[][] cleaned;
    private final float[] grain;
    private final PlanarImage out;

    /**
     * @param view      the image at screen resolution
     * @param skin      the skin mask at view size
     * @param withoutBlemishes the view with its blemishes regenerated, or null
     * @param scale     view pixels per image pixel (1 at 100 %, 0.25 for a quarter-size view)
     * @param seed      the grain's seed
     */
    public ImperfectionPreview(PlanarImage view, Mask skin, PlanarImage withoutBlemishes, double scale, long seed) {
        width = view.width();
        height = view.height();
        float[] m = skin.values();
        cleaned = withoutBlemishes == null ? null : new float[3][];
        double[] sigmas = SkinDetailCurve.SIGMAS;
        float[][] weights = new float[sigmas.length][];
        IntStream.range(0, sigmas.length).parallel().forEach(j -> weights[j] = Blur.wide(m, width, height, sigmas[j] * scale));
        IntStream.range(0, 3).parallel().forEach(c -> prepare(c, view.plane(c), m, weights, withoutBlemishes, scale));
        grain = Noise.gaussian(seed, Region.of(width, height));
        float amplitude = (float) Math.min(1, scale);
        for (int i = 0; i < grain.length; i++) {
            grain[i] *= m[i] * amplitude;
        }
        out = PlanarImage.create(width, height, 3);
    }

    private void prepare(int c, float[] x, float[] m, float[][] weights, PlanarImage withoutBlemishes, double scale) {
        float[] onSkin = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            onSkin[i] = x[i] * m[i];
        }
        double[] s = SkinDetailCurve.SIGMAS;
        float[] b1 = skinBlur(onSkin, weights[0], s[0] * scale);
        float[] b2 = skinBlur(onSkin, weights[1], s[1] * scale);
        float[] b3 = skinBlur(onSkin, weights[2], s[2] * scale);
        float[] sm = new float[x.length];
        float[] rw = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            float p = x[i] - b1[i];
            float l = b1[i] - b2[i];
            float t = b2[i] - b3[i];
            sm[i] = m[i] * (SkinDetailCurve.AT_LEVEL_1[0] * p + SkinDetailCurve.AT_LEVEL_1[1] * l + SkinDetailCurve.AT_LEVEL_1[2] * t);
            rw[i] = m[i] * (SkinDetailCurve.AT_LEVEL_5[0] * p + SkinDetailCurve.AT_LEVEL_5[1] * l + SkinDetailCurve.AT_LEVEL_5[2] * t);
        }
        source[c] = x;
        smooth[c] = sm;
        raw[c] = rw;
        if (withoutBlemishes != null) {
            float[] d = new float[x.length];
            float[] clean = withoutBlemishes.plane(c);
            for (int i = 0; i < x.length; i++) {
                d[i] = m[i] * (clean[i] - x[i]);
            }
            cleaned[c] = d;
        }
    }

    /** The model's mean of the skin around each pixel: blur(view × mask) / blur(mask). */
    private float[] skinBlur(float[] onSkin, float[] weight, double sigma) {
        float[] b = Blur.wide(onSkin, width, height, sigma);
        for (int i = 0; i < b.length; i++) {
            b[i] /= Math.max(weight[i], SkinDetailCurve.SKIN_WEIGHT_FLOOR);
        }
        return b;
    }

    /** The view at {@code level}; the returned image is reused by the next call. */
    public PlanarImage render(float level) {
        float down = SkinDetailCurve.towardsSmooth(level);
        float up = SkinDetailCurve.towardsRaw(level);
        float removal = cleaned == null ? 0 : Math.max(0, Math.min(1, 2 - level));
        float g = SkinDetailCurve.grain(level);
        IntStream.range(0, height).parallel().forEach(y -> {
            int from = y * width;
            int to = from + width;
            for (int c = 0; c < 3; c++) {
                float[] x = source[c];
                float[] o = out.plane(c);
                float[] delta = down > 0 ? smooth[c] : raw[c];
                float k = down > 0 ? down : up;
                float[] d = removal > 0 ? cleaned[c] : null;
                for (int i = from; i < to; i++) {
                    float v = x[i] + k * delta[i] + g * grain[i];
                    o[i] = d == null ? v : v + removal * d[i];
                }
            }
        });
        return out;
    }
}
