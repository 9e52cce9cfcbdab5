package io.latentretouch.imaging.io.internal;

import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.psd.PSDImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * The readers and writers we use, created from their providers directly rather than through the global ImageIO
 * registry: in OSGi that registry depends on which bundles registered what, and another plug-in's reader could win.
 * TwelveMonkeys for reading JPEG (CMYK too), TIFF (16-bit, predictors), PSD and WebP; the JDK's own for PNG, and for
 * writing JPEG, PNG and TIFF (TwelveMonkeys' TIFF writer does not write 16-bit RGB).
 */
final class Codecs {

    private static final ImageReaderSpi JPEG = withDelegate(new JPEGImageReaderSpi());
    private static final ImageReaderSpi TIFF = new TIFFImageReaderSpi();
    private static final ImageReaderSpi PSD = new PSDImageReaderSpi();
    private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

    private Codecs() {
    }

    /**
     * TwelveMonkeys' JPEG reader hands baseline decoding to the JDK's, which it finds when it is registered: a private
     * registry holding both gives it that delegate without touching the global one.
     */
    private static ImageReaderSpi withDelegate(ImageReaderSpi spi) {
        ServiceRegistry registry = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        Iterator<ImageReaderSpi> all = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, true);
        while (all.hasNext()) {
            ImageReaderSpi candidate = all.next();
            if (candidate.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) {
                registry.registerServiceProvider(candidate, ImageReaderSpi.class);
            }
        }
        registry.registerServiceProvider(spi, ImageReaderSpi.class);
        return spi;
    }

    static ImageReader reader(Format format) throws java.io.IOException {
        return switch (format) {
            case JPEG -> JPEG.createReaderInstance();
            case TIFF -> TIFF.createReaderInstance();
            case PSD -> PSD.createReaderInstance();
            case WEBP -> WEBP.createReaderInstance();
            case PNG -> jdk(ImageIO.getImageReadersByFormatName("png"));
        };
    }

    /** The JDK's own reader for a format: for JPEG, the one whose {@code readRaster} gives the raw YCbCr samples. */
    static ImageReader jdkReader(String format) {
        return jdk(ImageIO.getImageReadersByFormatName(format));
    }

    /** The JDK's own writer for a format (its classes live in com.sun.imageio). */
    static ImageWriter jdkWriter(String format) {
        return jdk(ImageIO.getImageWritersByFormatName(format));
    }

    private static <T> T jdk(Iterator<T> candidates) {
        T first = null;
        while (candidates.hasNext()) {
            T c = candidates.next();
            if (c.getClass().getName().startsWith("com.sun.imageio.")) {
                return c;
            }
            first = first == null ? c : first;
        }
        if (first == null) {
            throw new IllegalStateException("The Java runtime has no ImageIO plug-in for this format");
        }
        return first;
    }
}
