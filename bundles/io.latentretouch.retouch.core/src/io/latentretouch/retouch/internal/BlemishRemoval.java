package io.latentretouch.retouch.internal;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Inpainter;

/**
 * Regenerates the blemishes found, each part at the resolution it was searched at (its face's own scale: the fill's
 * grain is the size of that face's pores), or at the image's own where that is coarser (a small face searched
 * enlarged: grain finer than the image's pixels would be averaged away on the way back), and adds the change to the
 * full image through the blemishes' strengths. Pixels outside the skin get nothing.
 */
final class BlemishRemoval {

    private BlemishRemoval() {
    }

    /** The image with the blemishes regenerated, in a new image; the image itself when there are none. */
    static PlanarImage apply(PlanarImage image, Mask skin, List<BlemishFinder.Found> found, Inpainter fill, long seed, RunMonitor monitor)
            throws InferenceException {
        if (found.isEmpty()) {
            return image;
        }
        PlanarImage out = image.copy();
        for (BlemishFinder.Found f : found) {
            monitor.checkCancelled();
            Region crop = f.part().crop();
            boolean enlarged = f.worked().width() > crop.width();
            PlanarImage at = enlarged ? image.crop(crop) : f.worked();
            Mask strength = enlarged ? Resample.resize(f.strength(), crop.width(), crop.height()) : f.strength();
            PlanarImage filled = fill.inpaint(at, enlarged ? hard(strength) : f.holes(), seed, monitor);
            float[] s = strength.values();
            for (int c = 0; c < 3; c++) {
                float[] a = at.plane(c);
                float[] b = filled.plane(c);
                for (int i = 0; i < b.length; i++) {
                    b[i] = s[i] * (b[i] - a[i]);
                }
            }
            add(out, skin, crop, filled);
        }
        return out;
    }

    /** 1 wherever the strength is above nothing. */
    private static Mask hard(Mask strength) {
        float[] v = new float[strength.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = strength.values()[i] > 0 ? 1f : 0f;
        }
        return Mask.wrap(strength.width(), strength.height(), v);
    }

    /** Adds the change, resized to the crop, where there is skin. */
    private static void add(PlanarImage out, Mask skin, Region crop, PlanarImage change) {
        PlanarImage big = change.width() == crop.width() && change.height() == crop.height() ? change
                : Resample.resize(change, crop.width(), crop.height());
        for (int c = 0; c < 3; c++) {
            float[] d = big.plane(c);
            float[] o = out.plane(c);
            for (int y = 0; y < crop.height(); y++) {
                for (int x = 0; x < crop.width(); x++) {
                    int i = (crop.y() + y) * out.width() + crop.x() + x;
                    float v = d[y * crop.width() + x];
                    if (v != 0 && skin.values()[i] > 0) {
                        o[i] += v;
                    }
                }
            }
        }
    }
}
