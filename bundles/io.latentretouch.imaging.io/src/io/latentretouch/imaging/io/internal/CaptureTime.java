package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPDateTime;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.io.metadata.JpegMetadata;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * When a photo was taken, as the camera's clock showed it (EXIF keeps no zone): EXIF {@code DateTimeOriginal} (36867)
 * or else {@code DateTimeDigitized} (36868) in the EXIF sub-directory (34665) of a JPEG's APP1 block, a TIFF's first
 * directory, a PNG's eXIf chunk or a WebP's EXIF chunk; else the embedded XMP's {@code exif:DateTimeOriginal},
 * {@code photoshop:DateCreated} or {@code xmp:CreateDate}, its wall-clock time as written. {@code DateTime} (306) is the
 * time of the last change and is not used.
 */
public final class CaptureTime {

    private static final int EXIF_IFD = 34665;
    private static final int[] EXIF_TAGS = {36867, 36868};
    private static final String[][] XMP = {{XMPConst.NS_EXIF, "DateTimeOriginal"}, {XMPConst.NS_PHOTOSHOP, "DateCreated"}, {XMPConst.NS_XMP, "CreateDate"}};
    private static final DateTimeFormatter EXIF_FORMAT = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");
    private static final byte[] EXIF_PREFIX = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private CaptureTime() {
    }

    /** The capture time the file records; empty when it records none, or only a blank or impossible one. */
    public static Optional<LocalDateTime> of(Path file, Format format) throws IOException {
        Optional<LocalDateTime> exif = switch (format) {
            case JPEG -> fromBlock(JpegMetadata.exif(Orientation.head(file)));
            case TIFF -> TiffIfd.read(file, CaptureTime::fromDirectory);
            case PNG -> fromBlock(Chunks.png(file, "eXIf"));
            case WEBP -> fromBlock(Chunks.riff(file, "EXIF"));
            case PSD -> Optional.empty();
        };
        return exif.isPresent() || format == Format.PSD ? exif : fromXmp(XmpPackets.embedded(file));
    }

    /** The XMP's capture time (its properties in the order above); empty when it has none that parses. */
    public static Optional<LocalDateTime> fromXmp(XMPMeta xmp) {
        for (String[] p : XMP) {
            try {
                XMPDateTime date = xmp.getPropertyDate(p[0], p[1]);
                if (date != null && date.hasDate()) {
                    return Optional.of(LocalDateTime.of(date.getYear(), Math.max(1, date.getMonth()), Math.max(1, date.getDay()), date.getHour(),
                            date.getMinute(), date.getSecond()));
                }
            } catch (XMPException | DateTimeException e) {
                // a value that is no date: the next property may be one
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> fromBlock(byte[] block) throws IOException {
        if (block == null) {
            return Optional.empty();
        }
        // some WebP writers keep the JPEG's prefix in their EXIF chunk
        byte[] tiff = block.length > EXIF_PREFIX.length && Arrays.equals(block, 0, EXIF_PREFIX.length, EXIF_PREFIX, 0, EXIF_PREFIX.length)
                ? Arrays.copyOfRange(block, EXIF_PREFIX.length, block.length) : block;
        return tiff.length < 8 ? Optional.empty() : fromDirectory(TiffIfd.of(tiff));
    }

    private static Optional<LocalDateTime> fromDirectory(TiffIfd first) throws IOException {
        Optional<TiffIfd> exif = first.sub(EXIF_IFD);
        if (exif.isEmpty()) {
            return Optional.empty();
        }
        for (int tag : EXIF_TAGS) {
            Optional<LocalDateTime> time = exif.get().ascii(tag).flatMap(CaptureTime::parse);
            if (time.isPresent()) {
                return time;
            }
        }
        return Optional.empty();
    }

    /** An EXIF date and time, "YYYY:MM:DD HH:MM:SS"; blanks and zeros (no clock set) are none. */
    static Optional<LocalDateTime> parse(String value) {
        String v = value.strip();
        if (v.length() < 19) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(v.substring(0, 19), EXIF_FORMAT));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
