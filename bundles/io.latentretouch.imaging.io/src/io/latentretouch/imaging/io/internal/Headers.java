package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.ImageIoException.Kind;

/**
 * What a file's headers say before any codec runs: JPEG processes we refuse by name (12-bit, lossless, hierarchical,
 * arithmetic-coded), a WebP shorter than its RIFF header declares, a TIFF whose image data runs past its end, the
 * frame count of an animated PNG.
 */
final class Headers {

    private static final int JPEG_HEAD = 1 << 20;
    /** Strips or tiles of the first image looked at for the truncation check. */
    private static final int MAX_PARTS = 1 << 16;

    private Headers() {
    }

    static void refuse(Path file, Format format) throws ImageIoException {
        try {
            switch (format) {
                case JPEG -> jpeg(file);
                case WEBP -> riffSize(file);
                case TIFF -> tiffData(file);
                default -> {
                    // the other codecs report what they do not read themselves
                }
            }
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The frame header's process and precision: only 8-bit baseline, extended and progressive Huffman JPEG is read. */
    private static void jpeg(Path file) throws IOException, ImageIoException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(JPEG_HEAD);
        }
        String[] refusal = new String[1];
        JpegSegments.walk(b, (marker, payload, end) -> {
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                String process = process(marker);
                int precision = payload < end ? b[payload] & 0xff : 8;
                refusal[0] = process != null ? "is a " + process + " JPEG, which we do not read; save it as an 8-bit JPEG or a 16-bit TIFF"
                        : precision != 8 ? "is a " + precision + "-bit JPEG, which we do not read; save it as a 16-bit TIFF" : null;
            }
            return !frame;
        });
        if (refusal[0] != null) {
            throw new ImageIoException(Kind.UNSUPPORTED, file, refusal[0]);
        }
    }

    private static String process(int sof) {
        return switch (sof) {
            case 0xC3 -> "lossless";
            case 0xC5, 0xC6, 0xC7 -> "hierarchical";
            case 0xC9, 0xCA -> "arithmetic-coded";
            case 0xCB, 0xCD, 0xCE, 0xCF -> "lossless or hierarchical arithmetic-coded";
            default -> null;
        };
    }

    /**
     * Whether the first image's data lies inside the file: TIFF codecs (the old-style JPEG one especially) decode a
     * strip cut short as grey or black without a word.
     */
    private static void tiffData(Path file) throws IOException, ImageIoException {
        long[] end = TiffIfd.read(file, ifd -> {
            long last = ifd.directoryAt() + 2;
            int[][] pairs = {{273, 279}, {324, 325}, {513, 514}};
            for (int[] pair : pairs) {
                long[] offsets = ifd.values(pair[0], MAX_PARTS);
                long[] counts = ifd.values(pair[1], MAX_PARTS);
                for (int i = 0; i < Math.min(offsets.length, counts.length); i++) {
                    last = Math.max(last, offsets[i] + counts[i]);
                }
            }
            return new long[] {last, ifd.fileSize()};
        });
        if (end[0] > end[1]) {
            throw new ImageIoException(Kind.CORRUPT, file, "is truncated: its first image and its directory run to byte " + end[0] + ", the file has " + end[1]);
        }
    }

    /** WebP decoders fill a truncated file's missing part silently; its RIFF header says how long it should be. */
    private static void riffSize(Path file) throws IOException, ImageIoException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            long declared = 8L + ((head[4] & 0xffL) | (head[5] & 0xffL) << 8 | (head[6] & 0xffL) << 16 | (head[7] & 0xffL) << 24);
            long actual = Files.size(file);
            if (declared > actual) {
                throw new ImageIoException(Kind.CORRUPT, file, "is truncated: its header says " + declared + " bytes, the file has " + actual);
            }
        }
    }

    /** Whether a TIFF stores CIELab (photometric 8, 9 or 10), which its codec converts to sRGB on reading. */
    static boolean tiffLab(Path file) throws ImageIoException {
        try {
            long[] photometric = TiffIfd.read(file, ifd -> ifd.values(262, 1));
            return photometric.length == 1 && photometric[0] >= 8 && photometric[0] <= 10;
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The number of frames an APNG's acTL chunk declares; 1 for a still PNG. */
    static int apngFrames(Path file) throws ImageIoException {
        try {
            byte[] actl = Chunks.png(file, "acTL");
            return actl == null || actl.length < 8 ? 1 : Math.max(1, ByteBuffer.wrap(actl).getInt(0));
        } catch (IOException e) {
            throw new ImageIoException(Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
