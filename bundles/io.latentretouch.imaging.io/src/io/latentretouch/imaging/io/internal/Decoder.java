package io.latentretouch.imaging.io.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.EOFException;
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

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.ImageIoException.Kind;
import io.latentretouch.imaging.io.ReadLimits;

/**
 * Decodes a file: the format from its first bytes, what it uses that we refuse from its headers, the size from the
 * codec's header (refused above the limit before any pixel is allocated), then the pixels through the codec, the ICC
 * profile through Commons Imaging, the EXIF or XMP orientation applied. Only what the codecs throw is mapped to an
 * {@link ImageIoException}: {@code UNSUPPORTED} when a codec names a feature it does not read, else {@code CORRUPT}.
 * Our own conversion of the decoded raster runs outside that mapping, so a bug in it surfaces as itself.
 */
public final class Decoder {

    /** Codec warnings that mean pixels are missing, not merely that something unusual was seen. */
    private static final Pattern DAMAGE = Pattern.compile("(?i)truncat|premature|corrupt");
    /** Codec messages that name a valid feature it does not read. */
    private static final Pattern UNSUPPORTED = Pattern.compile("(?i)unsupported|not supported|not implemented");

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
        Headers.refuse(file, format);
        try {
            Raw raw = decode(file, format, limits, longSide);
            return document(file, format, raw);
        } catch (OutOfMemoryError e) {
            throw new ImageIoException(Kind.TOO_LARGE, file, "does not fit in memory when decoded; give the application more memory (-Xmx)");
        }
    }

    /**
     * The upright width and height of a file's first image, from its header: nothing is decoded.
     *
     * @throws ImageIoException {@code UNREADABLE}, {@code UNSUPPORTED} or {@code CORRUPT}, naming the file
     */
    public static int[] size(Path file) throws ImageIoException {
        Format format = sniff(file);
        ImageReader reader = null;
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader = Codecs.reader(format);
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            return Orientation.transposes(orientation(file, format)) ? new int[] {h, w} : new int[] {w, h};
        } catch (IOException | RuntimeException e) {
            throw new ImageIoException(Kind.CORRUPT, file, "has a header that cannot be read as " + format.label().toUpperCase() + " (" + e.getMessage()
                    + "); the file is truncated or damaged", e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** What the codec gave: the image of the first page or frame, and how many there are. */
    private record Raw(BufferedImage image, int pages) {
    }

    private static Raw decode(Path file, Format format, ReadLimits limits, int longSide) throws ImageIoException {
        ImageReader reader = null;
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader = Codecs.reader(format);
            // counting pages needs a stream that can seek back; reading forward only is faster for the others
            boolean paged = format == Format.TIFF || format == Format.WEBP;
            reader.setInput(in, !paged, false);
            long w = reader.getWidth(0);
            long h = reader.getHeight(0);
            int step = longSide > 0 ? (int) Math.max(1, Math.max(w, h) / longSide) : 1;
            if (w <= 0 || h <= 0 || (w / step) * (h / step) > limits.maxPixels()) {
                throw new ImageIoException(Kind.TOO_LARGE, file, String.format("declares %d×%d pixels (%.0f MP), more than the limit of"
                        + " %.0f MP; the image was not decoded", w, h, w * h / 1e6, limits.maxPixels() / 1e6));
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage img;
            try {
                img = reader.read(0, subsampled(reader, step));
            } catch (RuntimeException e) {
                if (step == 1 || w * h > limits.maxPixels()) {
                    throw e;
                }
                // some codecs' subsampling paths fail where a full read works (floating-point predictor TIFF)
                img = reader.read(0, subsampled(reader, 1));
            }
            for (String warning : warnings) {
                if (DAMAGE.matcher(warning).find()) {
                    throw new ImageIoException(Kind.CORRUPT, file, "is damaged: " + warning + " (a decoder would show grey where data is missing)");
                }
            }
            int pages = paged ? reader.getNumImages(true) : 1;
            return new Raw(img, pages);
        } catch (ImageIoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!(e instanceof EOFException) && UNSUPPORTED.matcher(what).find()) {
                throw new ImageIoException(Kind.UNSUPPORTED, file, "is a valid " + format.label().toUpperCase() + " that uses a feature we do not read ("
                        + what + "); convert it to 8- or 16-bit RGB first", e);
            }
            throw new ImageIoException(Kind.CORRUPT, file, "cannot be decoded as " + format.label().toUpperCase() + " (" + what
                    + "); the file is truncated or damaged", e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static ImageDocument document(Path file, Format format, Raw raw) throws ImageIoException {
        BufferedImage img = raw.image();
        int space = img.getColorModel().getColorSpace().getType();
        boolean palette = img.getColorModel() instanceof IndexColorModel;
        if (!palette && space != ColorSpace.TYPE_RGB && space != ColorSpace.TYPE_GRAY && space != ColorSpace.TYPE_CMYK) {
            throw new ImageIoException(Kind.UNSUPPORTED, file, "is in the " + spaceName(space) + " colour space, which we do not convert;"
                    + " convert it to RGB first");
        }
        List<String> notes = new ArrayList<>();
        byte[] icc = iccBytes(file);
        ICC_Profile cmyk = null;
        if (space == ColorSpace.TYPE_CMYK) {
            boolean own = icc != null && isSpace(icc, "CMYK");
            cmyk = own ? ICC_Profile.getInstance(icc) : null;
            notes.add("CMYK converted to sRGB " + (own ? "through the file's own profile" : "by the device formula (the file has no profile)"));
        }
        if (format == Format.TIFF && Headers.tiffLab(file)) {
            notes.add("CIELab converted to sRGB by the TIFF codec");
        }
        Rasters.Decoded d = Rasters.decode(img, cmyk);
        if (raw.pages() > 1) {
            notes.add((format == Format.TIFF ? "page 1 of " : "frame 1 of ") + raw.pages() + " read");
        }
        int frames = format == Format.PNG ? Headers.apngFrames(file) : 1;
        if (frames > 1) {
            notes.add("animated PNG: frame 1 of " + frames + " read");
        }
        int orientation = orientation(file, format);
        PlanarImage pixels = d.rgb();
        Mask alpha = d.alpha();
        if (orientation != 1) {
            pixels = upright(pixels, orientation);
            alpha = alpha == null ? null : uprightMask(alpha, orientation);
            notes.add("turned upright (EXIF orientation " + orientation + ")");
        }
        byte[] rgbProfile = icc != null && isSpace(icc, "RGB ") && space == ColorSpace.TYPE_RGB && !palette ? icc : fromCodec(img, space);
        return new ImageDocument(pixels, rgbProfile, d.bits(), format.label(), alpha, notes);
    }

    private static int orientation(Path file, Format format) throws ImageIoException {
        try {
            return Orientation.of(file, format);
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static PlanarImage upright(PlanarImage p, int orientation) {
        boolean t = Orientation.transposes(orientation);
        float[][] planes = new float[p.channels()][];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = Orientation.upright(p.plane(c), p.width(), p.height(), orientation);
        }
        return PlanarImage.wrap(t ? p.height() : p.width(), t ? p.width() : p.height(), planes);
    }

    private static Mask uprightMask(Mask m, int orientation) {
        boolean t = Orientation.transposes(orientation);
        return Mask.wrap(t ? m.height() : m.width(), t ? m.width() : m.height(), Orientation.upright(m.values(), m.width(), m.height(), orientation));
    }

    private static ImageReadParam subsampled(ImageReader reader, int step) throws IOException {
        ImageReadParam param = rawRgb(reader);
        param.setSourceSubsampling(step, step, 0, 0);
        return param;
    }

    /**
     * Read parameters that keep RGB and grey samples as stored: some readers would otherwise convert images with an
     * embedded profile to sRGB, and we keep the source's encoding. Palettes and other colour spaces are converted by us.
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

    /** The embedded profile's bytes through Commons Imaging, or null. */
    private static byte[] iccBytes(Path file) {
        try {
            return Imaging.getIccProfileBytes(file.toFile());
        } catch (IOException | RuntimeException e) {
            // a profile Commons Imaging cannot read: the codec's own, if any, is used
            return null;
        }
    }

    /** The profile the codec attached to an RGB image whose profile Commons Imaging did not find, or null (sRGB). */
    private static byte[] fromCodec(BufferedImage img, int space) {
        if (space == ColorSpace.TYPE_RGB && !(img.getColorModel() instanceof IndexColorModel)
                && img.getColorModel().getColorSpace() instanceof ICC_ColorSpace cs && !cs.isCS_sRGB()) {
            return cs.getProfile().getData();
        }
        return null;
    }

    private static boolean isSpace(byte[] icc, String signature) {
        return icc.length >= 20 && new String(icc, 16, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(signature);
    }

    private static String spaceName(int type) {
        return switch (type) {
            case ColorSpace.TYPE_Lab -> "CIELab";
            case ColorSpace.TYPE_YCbCr -> "YCbCr";
            case ColorSpace.TYPE_XYZ -> "CIEXYZ";
            case ColorSpace.TYPE_HSV -> "HSV";
            default -> "type-" + type;
        };
    }
}
