package io.latentretouch.inference.models;

/**
 * How the skin detail model maps its continuous {@code level} (1 to 5) to band gains and grain: shared by the model
 * the build generates and by the live preview, so that what the slider shows is what the model computes.
 */
public final class SkinDetailCurve {

    /** Band limits (Gaussian sigma in pixels): pores below the first, blemishes and lines up to the second, tone up to the third. */
    public static final double[] SIGMAS = {1.5, 6, 24};
    /**
     * The bands' blurs average skin only (a blur of image × mask divided by the blur of the mask), so the backdrop
     * never bleeds into skin near its edge and a smoothed face keeps a crisp outline. Divisions by a blurred mask
     * below this floor use the floor.
     */
    public static final float SKIN_WEIGHT_FLOOR = 1e-4f;
    /** Gain minus one at level 1, per band (pores, lines, tone): a poreless cover finish. */
    public static final float[] AT_LEVEL_1 = {-1.0f, -0.85f, -0.6f};
    /** Gain minus one at level 5, per band: raw skin. */
    public static final float[] AT_LEVEL_5 = {0.8f, 0.5f, 0.25f};
    /** Grain amplitude reached at level 5; grain starts at level 4. */
    public static final float GRAIN = 0.035f;

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

    /** Gain minus one of band {@code band} at {@code level}: exactly 0 at level 3. */
    public static float delta(int band, float level) {
        return towardsSmooth(level) * AT_LEVEL_1[band] + towardsRaw(level) * AT_LEVEL_5[band];
    }

    /** Grain amplitude at {@code level}. */
    public static float grain(float level) {
        return clamp(level - 4) * GRAIN;
    }

    private static float clamp(float v) {
        return Math.max(0f, Math.min(1f, v));
    }
}
