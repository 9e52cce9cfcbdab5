package io.latentretouch.retouch.ui.internal.editor;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.retouch.ImperfectionPreview;

/**
 * What is on screen: a region of the image at the size it is displayed, the source and the current result there,
 * the skin mask, and the live preview prepared for it. Made off the UI thread when the view changes.
 *
 * @param region  the region of the image shown
 * @param scale   screen pixels per image pixel
 * @param before  the source at display size
 * @param after   the current result at display size
 * @param skin    the skin mask at display size
 * @param preview the slider's preview for this view
 * @param result  the full-size result the view was made from
 * @param mask    the full-size skin mask the view was made from
 */
record ViewState(Region region, double scale, PlanarImage before, PlanarImage after, Mask skin, ImperfectionPreview preview,
        PlanarImage result, Mask mask) {

    /** Whether the view still shows the session's result and mask. */
    boolean showsCurrent(EditSession s) {
        return result == s.result() && mask == s.skin();
    }

    /** A region of a full-size image, resampled to the display size. */
    static PlanarImage crop(PlanarImage image, Region region, int width, int height) {
        PlanarImage c = region.equals(image.bounds()) ? image : image.crop(region);
        return c.width() == width && c.height() == height ? c : Resample.resize(c, width, height);
    }

    static Mask crop(Mask mask, Region region, int width, int height) {
        Mask c = region.equals(Region.of(mask.width(), mask.height())) ? mask : Mask.wrap(region.width(), region.height(), mask.asImage().crop(region).plane(0));
        return c.width() == width && c.height() == height ? c : Resample.resize(c, width, height);
    }
}
