package io.latentretouch.retouch.ui.internal.editor;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Region;

/** The rectangle and ellipse selections: a box in image pixels added to a mask. */
final class Shapes {

    private Shapes() {
    }

    /** A copy of the mask with the box (or the ellipse inscribed in it) fully selected. */
    static Mask added(Mask mask, Region box, boolean ellipse) {
        Mask out = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        double cx = box.x() + box.width() / 2.0;
        double cy = box.y() + box.height() / 2.0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                double dx = (x + 0.5 - cx) / (box.width() / 2.0);
                double dy = (y + 0.5 - cy) / (box.height() / 2.0);
                if (!ellipse || dx * dx + dy * dy <= 1) {
                    out.values()[y * mask.width() + x] = 1f;
                }
            }
        }
        return out;
    }
}
