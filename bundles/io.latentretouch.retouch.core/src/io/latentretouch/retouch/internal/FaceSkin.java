package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One face's skin by its own colour. Its cheeks and forehead, where the landmarks put them, give the skin's chroma
 * (median and spread of Cb and Cr relative to luma, see {@link Colours}), luma and texture; a pixel of the head is skin as far as its chroma is near that,
 * it is not much darker (hair, shadowed eyes) and not much more textured (hair). Skin beyond the head (neck, arms) is
 * the general colour model's, kept to chroma near this face's by a looser bound and to its texture.
 */
final class FaceSkin {

    /** Where the skin is sampled: boxes around (u, v) with half-sides (du, dv), in face units. */
    private static final double[][] SAMPLES = {{-0.5, 0.55, 0.12, 0.12}, {0.5, 0.55, 0.12, 0.12}, {0, -0.40, 0.20, 0.06}};
    /** Chroma deviations (in spreads) fully skin, and no longer skin at all; the looser bound beyond the head. */
    static final double NEAR = 2.5;
    static final double FAR = 5;
    static final double LOOSE_NEAR = 2;
    static final double LOOSE_FAR = 3.5;
    /** Least chroma spread: even a perfectly even face varies this much; and the most a face's own skin varies. */
    static final float SPREAD_FLOOR = 0.01f;
    static final float SPREAD_CAP = 0.025f;
    /** Samples further than this many spreads from the median are not the face's skin. */
    static final float TRIM = 3;
    /** Darker than this share of the skin's luma is not skin, with a ramp of the second share above it. */
    static final float DARK = 0.35f;
    static final float DARK_RAMP = 0.15f;
    /**
     * The scale texture is measured at, in face units: a hair strand's width. A blemish or a mole, a few times wider,
     * hardly shows at it; hair does.
     */
    static final double STRAND = 1 / 100.0;
    /** Texture (in multiples of the skin's own) up to which a pixel is skin, and from which it is not. */
    static final float TEXTURE_NEAR = 3;
    static final float TEXTURE_FAR = 5;
    /** Texture counts against head skin fully above this v (the brows), fading out towards the line of the eyes. */
    static final double FRINGE_FROM = -0.35;
    /** The head: to either side, above and below the eyes, in face units; fully head within 80 % of it. */
    static final double SIDE = 1.2;
    static final double ABOVE = 1.1;
    static final double BELOW = 2.3;
    static final double HEAD_CORE = 0.8;
    /** Hair reaches this many times as far as the head to the sides and above, and down to the ears (v from 0.3 to 0.7). */
    static final double HAIR_REACH = 2.5;
    static final double HAIR_DOWN_TO = 0.3;
    static final double HAIR_GONE_AT = 0.7;

    private final FaceFrame frame;
    private final float cb;
    private final float cr;
    private final float spreadCb;
    private final float spreadCr;
    private final float luma;
    private final float texture;

    private FaceSkin(FaceFrame frame, float[] stats) {
        this.frame = frame;
        this.cb = stats[0];
        this.cr = stats[1];
        this.spreadCb = stats[2];
        this.spreadCr = stats[3];
        this.luma = stats[4];
        this.texture = Math.max(1e-4f, stats[5]);
    }

    /** The face's skin sampled from its cheeks and forehead; {@code texture} is {@link Colours#texture} at {@link #STRAND}. */
    static FaceSkin sample(FaceFrame frame, Colours c, float[] texture) {
        List<Integer> at = new ArrayList<>();
        for (double[] s : SAMPLES) {
            double reach = Math.hypot(s[2], s[3]) * frame.unit();
            double[] centre = frame.point(s[0], s[1]);
            for (int y = Math.max(0, (int) (centre[1] - reach)); y < Math.min(c.height, centre[1] + reach); y++) {
                for (int x = Math.max(0, (int) (centre[0] - reach)); x < Math.min(c.width, centre[0] + reach); x++) {
                    if (Math.abs(frame.u(x + 0.5, y + 0.5) - s[0]) <= s[2] && Math.abs(frame.v(x + 0.5, y + 0.5) - s[1]) <= s[3]) {
                        at.add(y * c.width + x);
                    }
                }
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        List<Integer> skin = trimmed(trimmed(at, c.cb), c.cr);
        float mCb = median(skin, c.cb, Float.NaN);
        float mCr = median(skin, c.cr, Float.NaN);
        return new FaceSkin(frame, new float[] {mCb, mCr, spread(skin, c.cb, mCb), spread(skin, c.cr, mCr),
            median(skin, c.luma, Float.NaN), median(skin, texture, Float.NaN)});
    }

    /** The samples within {@link #TRIM} spreads of their median: a fringe of hair over the forehead is not skin. */
    private static List<Integer> trimmed(List<Integer> at, float[] values) {
        float m = median(at, values, Float.NaN);
        float s = Math.max(SPREAD_FLOOR, 1.4826f * median(at, values, m));
        List<Integer> kept = at.stream().filter(i -> Math.abs(values[i] - m) <= TRIM * s).toList();
        return kept.isEmpty() ? at : kept;
    }

    /** The robust spread (1.4826 × median absolute deviation), within its floor and cap. */
    private static float spread(List<Integer> at, float[] values, float centre) {
        return Math.max(SPREAD_FLOOR, Math.min(SPREAD_CAP, 1.4826f * median(at, values, centre)));
    }

    /** How much of a head the point is, 0..1. */
    double head(double x, double y) {
        double u = frame.u(x, y) / SIDE;
        double v = frame.v(x, y);
        v = v < 0 ? v / ABOVE : v / BELOW;
        return ramp(Math.hypot(u, v), HEAD_CORE, 1);
    }

    /**
     * How much the point lies where hair grows: around the top and the sides of the head, down to the ears, beyond
     * the head itself. Skin is not looked for there by the general model, whatever the hair's colour.
     */
    double hair(double x, double y) {
        double v = frame.v(x, y);
        if (v >= HAIR_GONE_AT) {
            return 0;
        }
        double u = frame.u(x, y) / (SIDE * HAIR_REACH);
        double up = Math.min(0, v) / (ABOVE * HAIR_REACH);
        return ramp(Math.hypot(u, up), HEAD_CORE, 1) * ramp(v, HAIR_DOWN_TO, HAIR_GONE_AT);
    }

    /**
     * How surely pixel i (at x, y) of the head is this face's skin, 0..1 (the head's extent not counted). Texture counts
     * against it only from the brows up, where hair falls over the face: on the cheeks a textured spot is a blemish.
     */
    float skin(Colours c, float[] textures, int i, double x, double y) {
        double chroma = ramp(deviation(c, i), NEAR, FAR);
        double light = Math.max(0, Math.min(1, (c.luma[i] - DARK * luma) / (DARK_RAMP * luma)));
        double hairy = ramp(frame.v(x, y), FRINGE_FROM, 0);
        double smooth = 1 - hairy * (1 - ramp(textures[i] / texture, TEXTURE_NEAR, TEXTURE_FAR));
        return (float) (chroma * light * smooth);
    }

    /** Whether pixel i could be this face's skin by colour and texture, by the looser bound used beyond the head, 0..1. */
    float near(Colours c, float[] textures, int i) {
        return (float) (ramp(deviation(c, i), LOOSE_NEAR, LOOSE_FAR) * ramp(textures[i] / texture, TEXTURE_NEAR, TEXTURE_FAR));
    }

    FaceFrame frame() {
        return frame;
    }

    private double deviation(Colours c, int i) {
        return Math.hypot((c.cb[i] - cb) / spreadCb, (c.cr[i] - cr) / spreadCr);
    }

    /** 1 up to {@code full}, 0 from {@code none}, linear between. */
    private static double ramp(double d, double full, double none) {
        return Math.max(0, Math.min(1, (none - d) / (none - full)));
    }

    /** The median of |values − centre| (of the values themselves when centre is NaN) at the given places. */
    private static float median(List<Integer> at, float[] values, float centre) {
        float[] v = new float[at.size()];
        for (int k = 0; k < v.length; k++) {
            float x = values[at.get(k)];
            v[k] = Float.isNaN(centre) ? x : Math.abs(x - centre);
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
