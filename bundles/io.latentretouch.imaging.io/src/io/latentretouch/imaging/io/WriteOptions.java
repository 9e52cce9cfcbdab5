package io.latentretouch.imaging.io;

import java.nio.file.Path;

import io.latentretouch.imaging.PlanarImage;

/**
 * How a variant is written.
 *
 * @param format      the file format
 * @param jpegQuality 0..1, for JPEG when there is no source encoding to follow
 * @param xmp         an XMP packet to embed (provenance and disclosure), or null
 * @param exif        a TIFF-structured EXIF block to embed in a JPEG (as read from the source), or null
 * @param replace     whether an existing file at the target may be replaced; variants never replace, so false
 * @param encodingOf  the JPEG whose quantization tables and chroma subsampling a JPEG is written with (the variant's
 *                    source: unchanged areas then survive the re-encoding almost exactly), or null
 */
public record WriteOptions(OutputFormat format, float jpegQuality, String xmp, byte[] exif, boolean replace, JpegSource encodingOf) {

    /**
     * A JPEG source to encode like.
     *
     * @param file    the source file, whose tables and own decoded samples are read
     * @param decoded its pixels as {@link ImageFiles#read} gave them (upright): where the written image equals them,
     *                the source's own samples are encoded
     */
    public record JpegSource(Path file, PlanarImage decoded) {
    }

    /** What a JPEG, which has no transparency, shows where the image is transparent: white. */
    public static final float JPEG_MATTE = 1f;

    public static WriteOptions of(OutputFormat format) {
        return new WriteOptions(format, 0.92f, null, null, false, null);
    }

    public WriteOptions withXmp(String packet) {
        return new WriteOptions(format, jpegQuality, packet, exif, replace, encodingOf);
    }

    public WriteOptions withExif(byte[] block) {
        return new WriteOptions(format, jpegQuality, xmp, block, replace, encodingOf);
    }

    public WriteOptions replacing() {
        return new WriteOptions(format, jpegQuality, xmp, exif, true, encodingOf);
    }

    /**
     * JPEG output quantized as {@code source} is, when it is a baseline or progressive 8-bit JPEG.
     *
     * @param decoded the source's pixels as read, which the caller holds already
     */
    public WriteOptions encodedLike(Path source, PlanarImage decoded) {
        return new WriteOptions(format, jpegQuality, xmp, exif, replace, new JpegSource(source, decoded));
    }
}
