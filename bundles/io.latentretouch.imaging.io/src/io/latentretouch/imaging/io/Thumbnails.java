package io.latentretouch.imaging.io;

import java.nio.file.Path;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.io.internal.Decoder;

/**
 * Thumbnails for the library: the file decoded with source subsampling (the full image is never held), then area-
 * averaged to the requested size. The colour profile is kept, so the screen conversion stays correct. Thread-safe;
 * a folder's thumbnails can be made in parallel.
 */
public final class Thumbnails {

    private Thumbnails() {
    }

    /**
     * A thumbnail whose long side is {@code size} pixels (or the image's, when smaller).
     *
     * @throws ImageIoException as {@link ImageFiles#read(Path)}
     */
    public static ImageDocument of(Path file, int size) throws ImageIoException {
        ImageDocument coarse = Decoder.read(file, ReadLimits.DEFAULT, size);
        PlanarImage p = coarse.pixels();
        double scale = (double) size / Math.max(p.width(), p.height());
        if (scale >= 1) {
            return coarse;
        }
        int w = Math.max(1, (int) Math.round(p.width() * scale));
        int h = Math.max(1, (int) Math.round(p.height() * scale));
        Mask alpha = coarse.alpha() == null ? null : Resample.resize(coarse.alpha(), w, h);
        return new ImageDocument(Resample.resize(p, w, h), coarse.iccProfile(), coarse.bitsPerSample(), coarse.format(), alpha, coarse.notes());
    }
}
