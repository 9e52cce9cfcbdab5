package io.latentretouch.inference.models;

/**
 * How the skin detail model maps its continuous {@code level} (1 to 5) to band gains and grain, and the bands' sizes
 * as fractions of a face's inter-ocular distance (IOD), so that one recipe gives one look on a headshot and on a
 * full-length shot. Shared by the model the build generates and by the live preview, which recombines the model's
 * answers at levels 1, 4 and 5: the model is affine in {@link #towardsSmooth}, {@link #towardsRaw} and
 * {@link #grainWeight}, so three runs give every level exactly.
 */
public final class SkinDetailCurve {

    /** The bands, finest first: pores, blemishes and fine lines, tonal unevenness. */
    public static final int FINE = 0;
    public static final int COARSE = 1;
    public static final int TONE = 2;

    /** Sigma of the blur that separates pores from larger detail, in IODs. */
    public static final double FINE_SIGMA = 1 / 60.0;
    /** Sigma of the guided filter's window and of the tone band's lower edge, in IODs: about a blemish. */
    public static final double GUIDED_SIGMA = 1 / 16.0;
    /** Sigma of the tone band's upper edge, in IODs: about a cheek. */
    public static final double TONE_SIGMA = 1 / 4.0;
    /**
     * The guided filter keeps an edge whose local standard deviation is well above this many times the skin's own
     * pore contrast (nostrils, lip and face outlines, hair over skin) and smooths what is below it (blemishes, fine
     * lines); pores never count, its guide has them blurred away.
     */
    public static final float EDGE_CONTRAST = 6f;
    /** The pore contrast is the local deviation of luma minus its blur by this many IODs, in a window twice that. */
    public static final double PORE_SIGMA = 1 / 40.0;
    /**
     * How far the model reaches, in IODs: its guide's blur (twice the fine sigma), the guided filter's two windows and
     * the tone band's wide blur, three sigmas each. Tiles need this much context for the tiling to change nothing.
     */
    public static final double REACH = 6 * FINE_SIGMA + 6 * GUIDED_SIGMA + 3 * TONE_SIGMA;

    /**
     * The bands' blurs average skin only (a blur of image × mask divided by the blur of the mask), so the backdrop
     * never bleeds into skin near its edge and a smoothed face keeps a crisp outline. Divisions by a blurred mask
     * below this floor use the floor.
     */
    public static final float SKIN_WEIGHT_FLOOR = 1e-4f;
    /**
     * Gain minus one at level 1, per band: a cover finish that keeps half of the pores' amplitude (micro-texture, not
     * plastic), removes most of what blemishes and fine lines leave, and halves the tonal unevenness.
     */
    public static final float[] AT_LEVEL_1 = {-0.5f, -0.75f, -0.5f};
    /** Gain minus one at level 5, per band: raw skin, its own texture lifted. */
    public static final float[] AT_LEVEL_5 = {0.45f, 0.3f, 0.15f};
    /** Grain at level 5, relative to the local amplitude of the skin's pores; grain starts at level 4. */
    public static final float GRAIN = 1.2f;

    private SkinDetailCurve() {
    }

    /** Weight of the level-1 gains: 1 at level 1, falling to 0 at the neutral level 3. */
    public static float towardsSmooth(float level) {
        return clamp((3 - level) / 2);
    }

    /** Weight of the level-5 gains: 0 at the neutral level 3, rising to 1 at level 5. */
    public static float towardsRaw(float level) {
        return clamp((level - 3) / 2);
    }

    /** Weight of the grain: 0 up to level 4, 1 at level 5. */
    public static float grainWeight(float level) {
        return clamp(level - 4);
    }

    /** Gain minus one of band {@code band} at {@code level}: exactly 0 at level 3. */
    public static float delta(int band, float level) {
        return towardsSmooth(level) * AT_LEVEL_1[band] + towardsRaw(level) * AT_LEVEL_5[band];
    }

    private static float clamp(float v) {
        return Math.max(0f, Math.min(1f, v));
    }
}
