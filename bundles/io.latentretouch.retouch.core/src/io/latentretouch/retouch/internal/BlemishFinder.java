package io.latentretouch.retouch.internal;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;

/**
 * Finds isolated blemishes: small spots on skin that are clearly darker than their surroundings. Works on a copy
 * reduced to {@link #WORKING_SIZE} pixels (a blemish is a few pixels there at any resolution), so it costs the same for
 * 2 and for 100 megapixels.
 */
final class BlemishFinder {

    static final int WORKING_SIZE = 512;
    /** Blurs that separate a spot from its surroundings, at working size. */
    static final double SPOT = 1.0;
    static final double SURROUND = 6;
    /** How much darker than its surroundings a spot must be, relatively. */
    static final float DARKER = 0.06f;
    /** Largest spot, as a fraction of the working image's short side. */
    static final double LARGEST = 0.03;

    /**
     * @param holes where to regenerate, full size
     * @param count how many blemishes
     */
    record Found(Mask holes, int count) {
    }

    private BlemishFinder() {
    }

    static Found find(PlanarImage image, Mask skin) {
        double scale = Math.min(1, WORKING_SIZE / (double) Math.max(image.width(), image.height()));
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        PlanarImage small = scale < 1 ? Resample.resize(image, w, h) : image;
        float[] skinSmall = scale < 1 ? Resample.resize(skin, w, h).values() : skin.values();
        float[] y = new float[w * h];
        for (int i = 0; i < y.length; i++) {
            y[i] = 0.299f * small.plane(0)[i] + 0.587f * small.plane(1)[i] + 0.114f * small.plane(2)[i];
        }
        float[] fine = Blur.gaussian(y, w, h, SPOT);
        float[] wide = Blur.gaussian(y, w, h, SURROUND);
        float[] spots = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            boolean dark = (wide[i] - fine[i]) / Math.max(wide[i], 0.02f) > DARKER;
            spots[i] = dark && skinSmall[i] > 0.5f ? 1f : 0f;
        }
        int largest = (int) Math.ceil(Math.pow(LARGEST * Math.min(w, h), 2));
        int count = Components.keepSmall(spots, w, h, largest);
        Mask holes = Masks.dilate(Mask.wrap(w, h, spots), 3);
        if (scale < 1) {
            float[] big = Resample.resize(holes, image.width(), image.height()).values();
            for (int i = 0; i < big.length; i++) {
                big[i] = big[i] > 0.05f ? 1f : 0f;
            }
            holes = Mask.wrap(image.width(), image.height(), big);
        }
        return new Found(holes, count);
    }
}
