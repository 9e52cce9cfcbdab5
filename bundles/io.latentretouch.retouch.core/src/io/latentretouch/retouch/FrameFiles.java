package io.latentretouch.retouch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.io.metadata.Disclosure;
import io.latentretouch.imaging.io.metadata.DisclosurePolicy;
import io.latentretouch.imaging.io.metadata.LabelBurner;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.imaging.io.metadata.Provenance;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * Saves generated frames: {@code folder/<recipe>-<seed>.png} (8-bit sRGB), labelled {@code trainedAlgorithmicMedia}
 * with the prompt, the model hashes, the seed and the recipe, and the same XMP in a sidecar. A frame generated from
 * nothing but a prompt is recorded as created (it has no original); one started from an image (image to image) as
 * derived from it. Written atomically under a free name, never over an existing file; where a market requires a
 * visible label, a copy with it burned in is written beside ({@code …-labelled.png}).
 *
 * @since 3.2
 */
public final class FrameFiles {

    private FrameFiles() {
    }

    /**
     * @param original the image the frame was started from (only read), or null for a frame from a prompt alone
     * @throws ImageIoException naming the folder or file when it cannot be written (read-only, full disk)
     */
    public static SavedVariant save(Frame frame, Path folder, Set<Market> markets, Path original) throws ImageIoException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, folder, "cannot be created to hold the frame ("
                    + e.getMessage() + "); nothing was written, check the folder's permissions or disk", e);
        }
        Provenance p = provenance(frame, original);
        Disclosure d = Variants.disclosure(frame.recipe(), p, markets);
        XMPMeta xmp;
        WriteOptions options;
        try {
            xmp = ProvenanceXmp.of(p);
            DisclosurePolicy.record(d, xmp);
            options = WriteOptions.of(OutputFormat.PNG).withXmp(XmpPackets.serialize(xmp));
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, folder, "the frame's metadata cannot be made: " + e.getMessage(), e);
        }
        ImageDocument doc = new ImageDocument(frame.result().image(), null, 8, "png", null);
        String base = (original == null ? "" : Variants.stem(original) + "-") + frame.recipe().slug() + "-" + frame.seed();
        Path target = Variants.writeUnderFreeName(doc, folder, base, options);
        Sidecars.write(target, xmp);
        if (!d.requiresLabel()) {
            return new SavedVariant(target, null);
        }
        Path labelled = Variants.writeUnderFreeName(doc.withPixels(LabelBurner.burn(frame.result().image(), d.labels())), folder,
                Variants.stem(target) + Variants.LABELLED, options);
        Sidecars.write(labelled, xmp);
        return new SavedVariant(target, labelled);
    }

    private static Provenance provenance(Frame frame, Path original) throws ImageIoException {
        String file = null;
        String sha = null;
        String documentId = null;
        if (original != null) {
            try {
                file = original.getFileName().toString();
                sha = Variants.sha256(original);
                String id = XmpPackets.embedded(original).getPropertyString(XMPConst.NS_XMP_MM, "DocumentID");
                documentId = id != null ? id : "xmp.did:sha256:" + sha;
            } catch (IOException | XMPException e) {
                throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, original, "cannot be read to record where the frame came from: "
                        + e.getMessage(), e);
            }
        }
        Retouched r = frame.result();
        return new Provenance(file, documentId, sha, frame.recipe().name(), Recipes.write(frame.recipe()), r.models(), frame.seed(),
                r.edits(), frame.prompt(), Variants.SOFTWARE, Instant.now());
    }
}
