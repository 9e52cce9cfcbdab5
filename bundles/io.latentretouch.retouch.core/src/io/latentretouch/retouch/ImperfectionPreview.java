package io.latentretouch.retouch;

import java.util.stream.IntStream;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.models.SkinDetailCurve;

/**
 * The imperfection slider's live preview for one view of an image, made by {@link Retoucher#preview}: the skin detail
 * model's change of the view at levels 1, 4 and 5, and the blemishes' removal. The model is affine in the curve's
 * weights ({@link SkinDetailCurve}), so every level is a recombination of those, a few milliseconds for a
 * screen-sized view. Not thread-safe: one preview serves one view.
 */
public final class ImperfectionPreview {

    private final PlanarImage view;
    private final PlanarImage smooth;
    private final PlanarImage half;
    private final PlanarImage raw;
    private final PlanarImage cleaned;
    private final PlanarImage out;

    /**
     * @param view    the view at screen resolution
     * @param smooth  the model's change of it at level 1
     * @param half    at level 4, half-way to raw, no grain yet
     * @param raw     at level 5, with the full grain
     * @param cleaned the change of regenerating its isolated blemishes, or null when none were found
     */
    public ImperfectionPreview(PlanarImage view, PlanarImage smooth, PlanarImage half, PlanarImage raw, PlanarImage cleaned) {
        this.view = view;
        this.smooth = smooth;
        this.half = half;
        this.raw = raw;
        this.cleaned = cleaned;
        this.out = PlanarImage.create(view.width(), view.height(), 3);
    }

    /** The view at {@code level}; the returned image is reused by the next call. */
    public PlanarImage render(float level) {
        float down = SkinDetailCurve.towardsSmooth(level);
        float up = SkinDetailCurve.towardsRaw(level) * 2;
        float grain = SkinDetailCurve.grainWeight(level);
        float removal = cleaned == null ? 0 : Math.max(0, Math.min(1, 2 - level));
        int width = view.width();
        IntStream.range(0, view.height()).parallel().forEach(y -> {
            for (int c = 0; c < 3; c++) {
                float[] x = view.plane(c);
                float[] s = smooth.plane(c);
                float[] h = half.plane(c);
                float[] r = raw.plane(c);
                float[] o = out.plane(c);
                float[] d = removal > 0 ? cleaned.plane(c) : null;
                for (int i = y * width; i < (y + 1) * width; i++) {
                    // at level 4 and above: half · 2 (towards raw) + grain · (raw − 2 · half), which is raw at 5
                    float v = x[i] + down * s[i] + (up - 2 * grain) * h[i] + grain * r[i];
                    o[i] = d == null ? v : v + removal * d[i];
                }
            }
        });
        return out;
    }
}
