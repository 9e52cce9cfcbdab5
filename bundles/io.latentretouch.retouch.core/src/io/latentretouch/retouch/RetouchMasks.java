package io.latentretouch.retouch;

import io.latentretouch.imaging.Mask;

/**
 * Where the steps act: skin for imperfection and lighting, fabric for folds. Pixels outside both are never changed.
 */
public record RetouchMasks(Mask skin, Mask fabric) {

    /** Skin as given; fabric everything that is not skin (garments, and a plain backdrop, which has no folds to press). */
    public static RetouchMasks fromSkin(Mask skin) {
        float[] s = skin.values();
        float[] f = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            f[i] = 1 - s[i];
        }
        return new RetouchMasks(skin, Mask.wrap(skin.width(), skin.height(), f));
    }
}
