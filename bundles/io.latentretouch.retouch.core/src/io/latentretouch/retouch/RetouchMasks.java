package io.latentretouch.retouch;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;

/**
 * Where the steps act: skin for imperfection and lighting, fabric for folds. Pixels outside both are never changed.
 */
public record RetouchMasks(Mask skin, Mask fabric) {

    /**
     * Skin as given; fabric everything well away from skin: garments, and a plain backdrop, which has no folds to
     * press. The margin keeps the fold filter off the edge between skin and what surrounds it, which it would read as
     * a fold and lighten into a halo.
     */
    public static RetouchMasks fromSkin(Mask skin) {
        int margin = Math.max(4, Math.max(skin.width(), skin.height()) / FABRIC_MARGIN_DIVISOR);
        float[] near = Masks.growCoarse(skin, margin).values();
        float[] f = new float[near.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.max(0, 1 - 2 * near[i]);
        }
        return new RetouchMasks(skin, Mask.wrap(skin.width(), skin.height(), f));
    }

    /** The margin between skin and fabric, as a fraction of the image's long side: about two fold widths. */
    static final int FABRIC_MARGIN_DIVISOR = 20;
}
