package io.latentretouch.retouch.ui.internal.panel;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.retouch.ui.internal.Messages;

/** The changes of a whole fill mask the panel offers: grow, shrink, feather by some pixels; invert; clear. */
final class MaskChanges {

    private MaskChanges() {
    }

    enum Change {
        GROW(true), SHRINK(true), FEATHER(true), INVERT(false), CLEAR(false);

        private final boolean perPixel;

        Change(boolean perPixel) {
            this.perPixel = perPixel;
        }

        /** Whether it takes a number of pixels. */
        boolean perPixel() {
            return perPixel;
        }

        String label() {
            return switch (this) {
                case GROW -> Messages.fillGrow;
                case SHRINK -> Messages.fillShrink;
                case FEATHER -> Messages.fillFeather;
                case INVERT -> Messages.fillInvert;
                case CLEAR -> Messages.fillClear;
            };
        }

        /** The mask changed; {@code pixels} for grow and shrink (radius) and feather (the edge's width, 2 σ). */
        Mask apply(Mask m, int pixels) {
            return switch (this) {
                case GROW -> Masks.dilate(m, pixels);
                case SHRINK -> Masks.erode(m, pixels);
                case FEATHER -> Masks.feather(m, 0, pixels / 2.0);
                case INVERT -> Masks.invert(m);
                case CLEAR -> Mask.empty(m.width(), m.height());
            };
        }
    }
}
