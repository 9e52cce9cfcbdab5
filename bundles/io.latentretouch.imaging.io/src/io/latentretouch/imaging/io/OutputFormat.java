package io.latentretouch.imaging.io;

/** The formats variants are written in. */
public enum OutputFormat {
    /** 8-bit JPEG with the source's ICC profile, EXIF and XMP. */
    JPEG("jpg"),
    /** 16-bit PNG with the source's ICC profile and XMP. */
    PNG("png"),
    /** 16-bit TIFF (Deflate) with the source's ICC profile and XMP. */
    TIFF("tif");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
