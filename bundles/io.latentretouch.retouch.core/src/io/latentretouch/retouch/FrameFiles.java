package io.latentretouch.retouch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.AtomicFiles;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
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

    /**
     * A saved frame read back from its file and XMP: its pixels, prompt, seed, recipe (with the generation section as it
     * ran), edits and models; its notes are not kept.
     *
     * @throws ImageIoException when the file cannot be read or its XMP is not a frame's (no recipe or prompt)
     */
    public static Frame read(Path file) throws ImageIoException {
        PlanarImage image = ImageFiles.read(file).pixels();
        try {
            XMPMeta xmp = XmpPackets.embedded(file);
            ProvenanceXmp.Regeneration r = ProvenanceXmp.regeneration(xmp);
            String prompt = ProvenanceXmp.prompt(xmp);
            if (r.recipe() == null || prompt == null) {
                throw new ImageIoException(ImageIoException.Kind.UNREADABLE, file, "is not a generated frame: its XMP has no recipe or prompt");
            }
            Recipe recipe = Recipes.read(new StringReader(r.recipe()));
            return new Frame(new Retouched(image, ProvenanceXmp.edits(xmp), r.models(), 0, List.of()), prompt, r.seed(), recipe);
        } catch (XMPException | RecipeException e) {
            throw new ImageIoException(ImageIoException.Kind.UNREADABLE, file, "has a frame's XMP that cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Copies a saved frame (its file, sidecar and labelled copy) into {@code folder} under free names, each written
     * atomically: what Apply does with a frame of the history.
     *
     * @throws ImageIoException naming the file that cannot be read or written
     */
    public static SavedVariant publish(SavedVariant saved, Path folder) throws ImageIoException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, folder, "cannot be created to hold the frame ("
                    + e.getMessage() + "); nothing was written, check the folder's permissions or disk", e);
        }
        Path file = copy(saved.file(), folder, Variants.stem(saved.file()));
        Path labelled = saved.labelled() == null ? null : copy(saved.labelled(), folder, Variants.stem(file) + Variants.LABELLED);
        return new SavedVariant(file, labelled);
    }

    /** The file and its sidecar under {@code base.png}, else {@code base-2.png}, … */
    private static Path copy(Path from, Path folder, String base) throws ImageIoException {
        byte[] bytes = bytes(from);
        Path sidecar = Sidecars.of(from);
        for (int n = 1;; n++) {
            Path target = folder.resolve(base + (n == 1 ? "" : "-" + n) + ".png");
            try {
                AtomicFiles.write(target, bytes, false);
                if (Files.exists(sidecar)) {
                    AtomicFiles.write(Sidecars.of(target), bytes(sidecar), true);
                }
                return target;
            } catch (ImageIoException e) {
                if (e.kind() != ImageIoException.Kind.EXISTS) {
                    throw e;
                }
            }
        }
    }

    private static byte[] bytes(Path file) throws ImageIoException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.UNREADABLE, file, "cannot be read: " + e.getMessage(), e);
        }
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
