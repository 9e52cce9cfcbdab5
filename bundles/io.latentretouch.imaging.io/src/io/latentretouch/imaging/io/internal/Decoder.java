package io.latentretouch.imaging.io.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.FileImageInputStream;

import org.apache.commons.imaging.Imaging;

import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.ImageIoException.Kind;
import io.latentretouch.imaging.io.ReadLimits;

/**
 * Decodes a file: the format from its first bytes, the size from its header (refused above the limit before any
 * pixel is allocated), then the pixels through the codec, the ICC profile through Commons Imaging. Every failure of a
 * codec on a broken file, whatever it throws, becomes one {@link ImageIoException} naming the file.
 */
public final class Decoder {

    /** Codec warnings that mean pixels are missing, not merely that something unusual was seen. */
    private static final Pattern DAMAGE = Pattern.compile("(?i)truncat|premature|corrupt");

    private Decoder() {
    }

    public static ImageDocument read(Path file, ReadLimits limits) throws ImageIoException {
        return read(file, limits, 0);
    }

    /**
     * Decodes every {@code step}-th pixel of every {@code step}-th row when {@code longSide} is positive, so that the
     * result's long side is at least {@code longSide}: a fast thumbnail that never holds the full image.
     */
    public static ImageDocument read(Path file, ReadLimits limits, int longSide) throws ImageIoException {
        Format format = sniff(file);
        if (format == Format.WEBP) {
            checkRiffSize(file);
        }
        ImageReader reader = null;
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader = Codecs.reader(format);
            reader.setInput(in, true, false);
            long w = reader.getWidth(0);
            long h = reader.getHeight(0);
            int step = longSide > 0 ? (int) Math.max(1, Math.max(w, h) / longSide) : 1;
            if (w <= 0 || h <= 0 || (w / step) * (h / step) > limits.maxPixels()) {
                throw new ImageIoException(Kind.TOO_LARGE, file, String.format("declares %d×%d pixels (%.0f MP), more than the limit of"
                        + " %.0f MP; the image was not decoded", w, h, w * h / 1e6, limits.maxPixels() / 1e6));
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = rawRgb(reader);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage img = reader.read(0, param);
            for (String warning : warnings) {
                if (DAMAGE.matcher(warning).find()) {
                    throw new ImageIoException(Kind.CORRUPT, file, "is damaged: " + warning + " (a decoder would show grey where data is missing)");
                }
            }
            return new ImageDocument(Rasters.planes(img), icc(file, img), Rasters.bits(img), format.label(), Rasters.alpha(img));
        } catch (ImageIoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageIoException(Kind.CORRUPT, file, "cannot be decoded as " + format.label().toUpperCase() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); the file is truncated or damaged", e);
        } catch (OutOfMemoryError e) {
            throw new ImageIoException(Kind.TOO_LARGE, file, "does not fit in memory when decoded; give the application more memory (-Xmx)");
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * Read parameters that keep RGB and grey samples as stored: some readers would otherwise convert images with an
     * embedded profile to sRGB, and we keep the source's encoding. Other colour spaces (CMYK) are converted.
     */
    private static ImageReadParam rawRgb(ImageReader reader) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        int type = raw == null ? -1 : raw.getColorModel().getColorSpace().getType();
        if (type == ColorSpace.TYPE_RGB || type == ColorSpace.TYPE_GRAY) {
            param.setDestinationType(raw);
        }
        return param;
    }

    /** WebP decoders fill a truncated file's missing part silently; its RIFF header says how long it should be. */
    private static void checkRiffSize(Path file) throws ImageIoException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            long declared = 8L + ((head[4] & 0xffL) | (head[5] & 0xffL) << 8 | (head[6] & 0xffL) << 16 | (head[7] & 0xffL) << 24);
            long actual = Files.size(file);
            if (declared > actual) {
                throw new ImageIoException(Kind.CORRUPT, file, "is truncated: its header says " + declared + " bytes, the file has " + actual);
            }
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The format the file's first bytes announce. */
    public static Format sniff(Path file) throws ImageIoException {
        if (!Files.exists(file)) {
            throw new ImageIoException(Kind.UNREADABLE, file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageIoException(Kind.UNREADABLE, file, "is not a file");
        }
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
        Format format = Format.sniff(head, n);
        if (format == null) {
            throw new ImageIoException(n == 0 ? Kind.CORRUPT : Kind.UNSUPPORTED, file, "is not an image we can read: " + Format.describe(head, n));
        }
        return format;
    }

    /** The embedded RGB profile's exact bytes, or null for untagged images (or ones whose pixels became sRGB). */
    private static byte[] icc(Path file, BufferedImage img) {
        byte[] icc = null;
        try {
            icc = Imaging.getIccProfileBytes(file.toFile());
        } catch (IOException | RuntimeException e) {
            // a profile Commons Imaging cannot read: fall back to the one the codec attached
        }
        if (icc == null && img.getColorModel().getColorSpace() instanceof ICC_ColorSpace cs && !cs.isCS_sRGB()) {
            icc = cs.getProfile().getData();
        }
        boolean rgb = icc != null && icc.length >= 20 && icc[16] == 'R' && icc[17] == 'G' && icc[18] == 'B';
        boolean converted = img.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_RGB;
        return rgb && !converted ? icc : null;
    }
}
