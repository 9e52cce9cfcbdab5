package io.latentretouch.imaging.io.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.io.AtomicFiles;
import io.latentretouch.imaging.io.ImageIoException;

/**
 * XMP sidecar files. We write {@code photo.jpg.xmp} (as digiKam and darktable do) and also read {@code photo.xmp}
 * (Lightroom, Capture One). Writing merges into what is there: fields we do not own are never dropped.
 */
public final class Sidecars {

    private Sidecars() {
    }

    /** Where we write the sidecar of an image. */
    public static Path of(Path image) {
        return image.resolveSibling(image.getFileName() + ".xmp");
    }

    /** The existing sidecar: {@code photo.jpg.xmp} first, else {@code photo.xmp}. */
    public static Optional<Path> find(Path image) {
        Path ours = of(image);
        if (Files.isRegularFile(ours)) {
            return Optional.of(ours);
        }
        Path lightroom = lightroom(image);
        return Files.isRegularFile(lightroom) ? Optional.of(lightroom) : Optional.empty();
    }

    /**
     * Everything the image's sidecars say: {@code photo.xmp} (Lightroom, Capture One) merged under
     * {@code photo.jpg.xmp} (digiKam, darktable, us), an empty packet when there are none.
     *
     * @throws ImageIoException when one is not valid XMP
     */
    public static XMPMeta readAll(Path image) throws ImageIoException {
        XMPMeta all = parse(lightroom(image));
        try {
            return XmpPackets.merge(all, parse(of(image)));
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.CORRUPT, of(image), "cannot be merged with " + lightroom(image) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The image's whole XMP: its embedded packet with everything its sidecars say over it.
     *
     * @throws ImageIoException when a sidecar is not valid XMP
     * @since 1.2
     */
    public static XMPMeta readWithEmbedded(Path image) throws ImageIoException {
        try {
            return XmpPackets.merge(XmpPackets.embedded(image), readAll(image));
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.CORRUPT, image, "its XMP cannot be merged with its sidecars': " + e.getMessage(), e);
        }
    }

    private static Path lightroom(Path image) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return image.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".xmp");
    }

    private static XMPMeta parse(Path sidecar) throws ImageIoException {
        if (!Files.isRegularFile(sidecar)) {
            return XmpPackets.empty();
        }
        try {
            return XmpPackets.parse(Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (IOException | XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.CORRUPT, sidecar, "is not a readable XMP sidecar: " + e.getMessage(), e);
        }
    }

    /** The sidecar's XMP, or an empty packet when there is none. @throws ImageIoException when it is not valid XMP */
    public static XMPMeta read(Path image) throws ImageIoException {
        Optional<Path> found = find(image);
        return found.isEmpty() ? XmpPackets.empty() : parse(found.get());
    }

    /** Merges {@code ours} into the image's sidecar and writes {@code photo.jpg.xmp} atomically. */
    public static void write(Path image, XMPMeta ours) throws ImageIoException {
        try {
            String packet = XmpPackets.serialize(XmpPackets.merge(read(image), ours));
            AtomicFiles.write(of(image), packet.getBytes(StandardCharsets.UTF_8), true);
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, of(image), "cannot be serialised: " + e.getMessage(), e);
        }
    }
}
