package io.latentretouch.imaging.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import io.latentretouch.imaging.io.internal.CaptureTime;
import io.latentretouch.imaging.io.internal.Decoder;
import io.latentretouch.imaging.io.internal.Encoder;
import io.latentretouch.imaging.io.internal.Format;

/** Reading and writing image files. Thread-safe; call it off the UI thread, a large file takes seconds. */
public final class ImageFiles {

    private ImageFiles() {
    }

    /**
     * Decodes a file, whatever its name says, in its own RGB encoding with its profile.
     *
     * @throws ImageIoException {@code UNREADABLE}, {@code UNSUPPORTED}, {@code CORRUPT} or {@code TOO_LARGE}, naming the file
     */
    public static ImageDocument read(Path file, ReadLimits limits) throws ImageIoException {
        return Decoder.read(file, limits);
    }

    public static ImageDocument read(Path file) throws ImageIoException {
        return read(file, ReadLimits.DEFAULT);
    }

    /**
     * The width and height a file's first image shows at (its orientation applied), read from its header without
     * decoding: for cataloguing a folder.
     *
     * @throws ImageIoException {@code UNREADABLE}, {@code UNSUPPORTED} or {@code CORRUPT}, naming the file
     * @since 1.5
     */
    public static ImageSize size(Path file) throws ImageIoException {
        int[] size = Decoder.size(file);
        return new ImageSize(size[0], size[1]);
    }

    /**
     * When the photo was taken, as its camera's clock showed it (EXIF keeps no zone): EXIF {@code DateTimeOriginal}, or
     * {@code DateTimeDigitized}, else the embedded XMP's {@code exif:DateTimeOriginal}, {@code photoshop:DateCreated}
     * or {@code xmp:CreateDate}. Empty when the file records none; read from its header, for cataloguing a folder.
     *
     * @throws ImageIoException {@code UNREADABLE} or {@code UNSUPPORTED}, naming the file
     * @since 1.6
     */
    public static Optional<LocalDateTime> captured(Path file) throws ImageIoException {
        Format format = Decoder.sniff(file);
        try {
            return CaptureTime.of(file, format);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The format a file's name says it holds (jpeg, png, tiff, psd or webp, as {@link ImageDocument#format()} names
     * them), or empty: for listing a folder's images without opening them. Reading goes by the bytes, not the name.
     */
    public static Optional<String> formatByName(Path file) {
        return Optional.ofNullable(Format.byName(file.getFileName().toString())).map(Format::label);
    }

    /**
     * Writes a document atomically: a crash or a full disk leaves either the old file or none under the target name.
     * The target is never an original: an existing file is only replaced when the options say so.
     *
     * @throws ImageIoException {@code EXISTS} (an existing target that may not be replaced), {@code NOT_WRITABLE} or
     *                          {@code NO_SPACE}, naming the target
     */
    public static void write(ImageDocument doc, Path target, WriteOptions options) throws ImageIoException {
        if (!options.replace()) {
            // a taken name is refused before the image is encoded (a variant's next free name is found this way)
            AtomicFiles.requireFree(target);
        }
        byte[] bytes;
        try {
            bytes = Encoder.encode(doc, options);
        } catch (IOException | RuntimeException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, target, "cannot be encoded as " + options.format() + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(target, bytes, options.replace());
    }
}
