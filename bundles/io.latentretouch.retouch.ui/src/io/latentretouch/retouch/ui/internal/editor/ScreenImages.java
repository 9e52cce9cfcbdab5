package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.color.StandardProfile;

/** SWT images of planar floats (colour-managed to the screen's sRGB) and of masks (a translucent coloured overlay). */
public final class ScreenImages {

    private ScreenImages() {
    }

    /**
     * An sRGB image (a generated frame, its preview) scaled to at most {@code side} pixels on its long side; the caller
     * disposes it.
     */
    public static Image fitted(Display display, PlanarImage image, int side) {
        double f = Math.min(1, side / (double) Math.max(image.width(), image.height()));
        PlanarImage small = f == 1 ? image
                : Resample.resize(image, Math.max(1, (int) Math.round(image.width() * f)), Math.max(1, (int) Math.round(image.height() * f)));
        return of(display, small, new ColorConverter(StandardProfile.SRGB.space()));
    }

    static Image of(Display display, PlanarImage image, ColorConverter screen) {
        ImageData data = new ImageData(image.width(), image.height(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        screen.toScreen(image, 0, 0, image.width(), image.height(), data.data, data.bytesPerLine);
        return new Image(display, data);
    }

    /** The skin mask's colour: red. */
    static final int SKIN = 0xE00000;
    /** A fill region's colour: blue. */
    static final int FILL = 0x2060FF;
    /** The protected features' colour: cyan. */
    static final int FEATURES = 0x00C8E0;

    /** The colour (0xRRGGBB) where the mask selects, {@code opacity} (0..1) at full selection. */
    static Image overlay(Display display, Mask mask, double opacity, int colour) {
        ImageData data = new ImageData(mask.width(), mask.height(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] alpha = new byte[mask.width() * mask.height()];
        float[] v = mask.values();
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int i = y * mask.width() + x;
                int at = y * data.bytesPerLine + 3 * x;
                data.data[at] = (byte) (colour >> 16);
                data.data[at + 1] = (byte) (colour >> 8);
                data.data[at + 2] = (byte) colour;
                alpha[i] = (byte) Math.round(255 * opacity * v[i]);
            }
        }
        data.alphaData = alpha;
        return new Image(display, data);
    }
}
