package io.latentretouch.imaging.io;

import java.nio.file.Path;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;

/**
 * Masks as image files, made by any tool: grey (its lightness is the mask) or with an alpha channel (its alpha is the
 * mask), 8 or 16 bits, any size: scaled to the image they are for. Thread-safe.
 */
public final class MaskFiles {

    /** Aspect ratios further apart than this are reported: the mask was probably made for another image. */
    static final double ASPECT_TOLERANCE = 0.01;

    /**
     * A mask read for an image.
     *
     * @param mask    at the image's size
     * @param warning a sentence when the file's aspect differs from the image's, else null
     */
    public record Imported(Mask mask, String warning) {
    }

    private MaskFiles() {
    }

    /**
     * Reads a mask for an image of width × height.
     *
     * @throws ImageIoException as {@link ImageFiles#read}, naming the file
     */
    public static Imported read(Path file, int width, int height) throws ImageIoException {
        ImageDocument doc = ImageFiles.read(file);
        PlanarImage p = doc.pixels();
        Mask own = doc.alpha() != null ? doc.alpha() : lightness(p);
        Mask scaled = own.width() == width && own.height() == height ? own : Resample.resize(own, width, height);
        double aspect = own.width() / (double) own.height();
        double wanted = width / (double) height;
        String warning = Math.abs(aspect / wanted - 1) > ASPECT_TOLERANCE
                ? file.getFileName() + " is " + own.width() + "×" + own.height() + ", the image " + width + "×" + height
                        + ": the mask was stretched to fit; check that it was made for this image"
                : null;
        return new Imported(scaled, warning);
    }

    private static Mask lightness(PlanarImage p) {
        float[] v = new float[p.width() * p.height()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, Math.min(1, 0.299f * p.plane(0)[i] + 0.587f * p.plane(1)[i] + 0.114f * p.plane(2)[i]));
        }
        return Mask.wrap(p.width(), p.height(), v);
    }
}
