package io.latentretouch.imaging.io;

/**
 * How a variant is written.
 *
 * @param format      the file format
 * @param jpegQuality 0..1, for JPEG
 * @param xmp         an XMP packet to embed (provenance and disclosure), or null
 * @param exif        a TIFF-structured EXIF block to embed in a JPEG (as read from the source), or null
 * @param replace     whether an existing file at the target may be replaced; variants never replace, so false
 */
public record WriteOptions(OutputFormat format, float jpegQuality, String xmp, byte[] exif, boolean replace) {

    public static WriteOptions of(OutputFormat format) {
        return new WriteOptions(format, 0.92f, null, null, false);
    }

    public WriteOptions withXmp(String packet) {
        return new WriteOptions(format, jpegQuality, packet, exif, replace);
    }

    public WriteOptions withExif(byte[] block) {
        return new WriteOptions(format, jpegQuality, xmp, block, replace);
    }

    public WriteOptions replacing() {
        return new WriteOptions(format, jpegQuality, xmp, exif, true);
    }
}
