package io.latentretouch.retouch.internal;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;

/**
 * Finds isolated blemishes: small spots on skin that are clearly darker than the skin around them. Works on a copy
 * reduced to {@link #WORKING_SIZE} pixels (a blemish is a few pixels there at any resolution), so it costs the same for
 * 2 and for 100 megapixels.
 */
final class BlemishFinder {

    static final int WORKING_SIZE = 512;
    /** Blurs that separate a spot from its surroundings, at working size. */
    static final double SPOT = 1.5;
    static final double SURROUND = 6;
    /** How much darker than its surroundings a spot must be, relatively. */
    static final float DARKER = 0.06f;
    /** How much of a spot's immediate surroundings must be sure skin. */
    static final float SURROUNDED = 0.9f;
    /**
     * Longest a spot's bounding box may be against its width: longer dark parts are lines (a fine line, a shadow along
     * the jaw), which the detail bands deal with.
     */
    static final int ELONGATION = 3;
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
        // both blurs average skin only, weighted by how surely it is skin: at the skin's edge a brighter or darker
        // backdrop, half inside a soft mask, would otherwise make the rim look like spots; and a spot is looked for
        // only where skin surrounds it, not on the rim itself
        float[] sure = new float[w * h];
        float[] onSkin = new float[w * h];
        for (int i = 0; i < sure.length; i++) {
            float y = 0.299f * small.plane(0)[i] + 0.587f * small.plane(1)[i] + 0.114f * small.plane(2)[i];
            sure[i] = Math.max(0, 2 * skinSmall[i] - 1);
            onSkin[i] = y * sure[i];
        }
        float[] near = Blur.gaussian(sure, w, h, SPOT);
        float[] fine = skinMean(onSkin, near, w, h, SPOT);
        float[] wide = skinMean(onSkin, Blur.gaussian(sure, w, h, SURROUND), w, h, SURROUND);
        float[] spots = new float[w * h];
        for (int i = 0; i < spots.length; i++) {
            boolean dark = (wide[i] - fine[i]) / Math.max(wide[i], 0.02f) > DARKER;
            spots[i] = dark && near[i] > SURROUNDED ? 1f : 0f;
        }
        int largest = (int) Math.ceil(Math.pow(LARGEST * Math.min(w, h), 2));
        int count = Components.keepSpots(spots, w, h, largest, ELONGATION);
        Mask holes = Masks.dilate(Mask.wrap(w, h, spots), 3);
        if (scale < 1) {
            float[] big = Resample.resize(holes, image.width(), image.height()).values();
            for (int i = 0; i < big.length; i++) {
                big[i] = big[i] > 0.05f ? 1f : 0f;
            }
            holes = Mask.wrap(image.width(), image.height(), big);
        }
        // the grown holes stop where the skin does: nothing outside it is regenerated
        float[] grown = holes.values();
        for (int i = 0; i < grown.length; i++) {
            grown[i] = skin.values()[i] > 0 ? grown[i] : 0f;
        }
        return new Found(holes, count);
    }

    /** The mean of {@code onSkin} (values times skin weight) over the skin around each pixel, given the blurred weight. */
    private static float[] skinMean(float[] onSkin, float[] skinAround, int w, int h, double sigma) {
        float[] mean = Blur.gaussian(onSkin, w, h, sigma);
        for (int i = 0; i < mean.length; i++) {
            mean[i] = skinAround[i] > 1e-3f ? mean[i] / skinAround[i] : 0f;
        }
        return mean;
    }
}
