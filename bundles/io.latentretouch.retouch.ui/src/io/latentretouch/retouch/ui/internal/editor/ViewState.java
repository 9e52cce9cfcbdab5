package io.latentretouch.retouch.ui.internal.editor;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.models.Face;
import io.latentretouch.retouch.ImperfectionPreview;
import io.latentretouch.retouch.SkinMap;

/**
 * What is on screen: a region of the image at the size it is displayed, the source and the current result there,
 * the skin mask, the protected features and the faces, and the live preview prepared for it. Made off the UI thread
 * when the view changes.
 *
 * @param region   the region of the image shown
 * @param scale    screen pixels per image pixel
 * @param before   the source at display size
 * @param after    the current result at display size
 * @param skin     the skin mask at display size
 * @param features the protected features at display size
 * @param faces    the faces in display pixels
 * @param preview  the slider's preview for this view
 * @param result   the full-size result the view was made from
 * @param map      the full-size skin map the view was made from
 */
record ViewState(Region region, double scale, PlanarImage before, PlanarImage after, Mask skin, Mask features, List<Face> faces,
        ImperfectionPreview preview, PlanarImage result, SkinMap map) {

    /** Whether the view still shows the session's result and skin map. */
    boolean showsCurrent(EditSession s) {
        return result == s.result() && map == s.map();
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
