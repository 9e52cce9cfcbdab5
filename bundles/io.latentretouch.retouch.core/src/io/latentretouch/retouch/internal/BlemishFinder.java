package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;

/**
 * Finds isolated blemishes: small spots on skin that are clearly darker than the skin around them, at each face's
 * scale. A part of the skin is searched at the resolution where its face's IOD is {@link #WORK_IOD} pixels (a blemish
 * is a few pixels there however large the image; a small face is enlarged to it, within {@link #MAX_PIXELS}), so the
 * search finds the same blemishes at every size and costs about the same at 2 and at 100 megapixels.
 */
final class BlemishFinder {

    /** The IOD the search works at, in pixels, and the blurs that separate a spot from its surroundings there. */
    static final double WORK_IOD = 115;
    static final double SPOT = 1.5;
    static final double SURROUND = 6;
    /** Largest image a part is enlarged to; beyond it a small face is searched at less than the working IOD. */
    static final long MAX_PIXELS = 4_000_000;
    /** Least blur, in pixels, when a small face cannot be enlarged enough. */
    static final double LEAST_BLUR = 0.7;
    /**
     * How much darker than its surroundings a spot must be, relatively, to be regenerated at all, and how much more it
     * takes to be regenerated fully: removal grows with a spot's darkness, so a freckle at the threshold is not there
     * one moment and gone the next.
     */
    static final float DARKER = 0.06f;
    static final float FULLY = 0.06f;
    /**
     * How much of a spot's surroundings (the wide blur's window) must be sure skin: a spot on the face's rim or beside a
     * feature is not looked for, while the spot itself may read as less sure skin to a colour model.
     */
    static final float SURROUNDED = 0.8f;
    /**
     * Longest a spot's bounding box may be against its width: longer dark parts are lines (a fine line, a shadow along
     * the jaw), which the detail bands deal with.
     */
    static final int ELONGATION = 3;
    /** Largest spot's side, in IODs. */
    static final double LARGEST = 0.1;

    /**
     * The blemishes of one part of the skin, at the resolution they were found at.
     *
     * @param part     the part
     * @param worked   its crop at that resolution
     * @param holes    where to regenerate there
     * @param strength how much of the regenerated pixels to take, 0..1
     * @param count    how many blemishes
     */
    record Found(SkinRegions.Part part, PlanarImage worked, Mask holes, Mask strength, int count) {
    }

    private BlemishFinder() {
    }

    /** The blemishes of every part that has some. */
    static List<Found> find(PlanarImage image, Mask skin, List<SkinRegions.Part> parts) {
        List<Found> found = new ArrayList<>();
        for (SkinRegions.Part part : parts) {
            Found f = find(image, skin, part);
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    /** The part's spots, by how strongly each is removed, or null when it has none. */
    private static Found find(PlanarImage image, Mask skin, SkinRegions.Part part) {
        Region crop = part.crop();
        double scale = Math.min(WORK_IOD / part.unit(), Math.sqrt(MAX_PIXELS / (double) crop.area()));
        int w = Math.max(1, (int) Math.round(crop.width() * scale));
        int h = Math.max(1, (int) Math.round(crop.height() * scale));
        double units = part.unit() * w / crop.width() / WORK_IOD;
        PlanarImage small = Resample.resize(image, crop, w, h);
        float[] skinSmall = Resample.resize(skin.asImage(), crop, w, h).plane(0);
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
        double spot = Math.max(LEAST_BLUR, SPOT * units);
        double surround = Math.max(4 * LEAST_BLUR, SURROUND * units);
        float[] around = Blur.gaussian(sure, w, h, surround);
        float[] fine = skinMean(onSkin, Blur.gaussian(sure, w, h, spot), w, h, spot);
        float[] wide = skinMean(onSkin, around, w, h, surround);
        float[] spots = new float[w * h];
        float[] how = new float[w * h];
        for (int i = 0; i < spots.length; i++) {
            float darkness = (wide[i] - fine[i]) / Math.max(wide[i], 0.02f);
            spots[i] = darkness > DARKER && around[i] > SURROUNDED && skinSmall[i] > 0 ? 1f : 0f;
            how[i] = Math.min(1, (darkness - DARKER) / FULLY);
        }
        int largest = (int) Math.ceil(Math.pow(LARGEST * WORK_IOD * units, 2));
        int count = Components.keepSpots(spots, w, h, Math.max(4, largest), ELONGATION);
        if (count == 0) {
            return null;
        }
        for (int i = 0; i < how.length; i++) {
            how[i] = spots[i] > 0 ? how[i] : 0f;
        }
        // each spot's strength reaches over its dilated extent, and fades at its edge; never beyond the skin
        int grow = Math.max(1, (int) Math.round(3 * units));
        float[] soft = Blur.gaussian(Masks.dilate(Mask.wrap(w, h, how), grow).values(), w, h, grow / 2.0);
        float[] holes = new float[soft.length];
        for (int i = 0; i < soft.length; i++) {
            soft[i] = skinSmall[i] > 0 && soft[i] > 0.01f ? Math.min(1, soft[i]) : 0f;
            holes[i] = soft[i] > 0 ? 1f : 0f;
        }
        return new Found(part, small, Mask.wrap(w, h, holes), Mask.wrap(w, h, soft), count);
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
