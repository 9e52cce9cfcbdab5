package io.latentretouch.retouch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;


import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.io.metadata.Disclosure;
import io.latentretouch.imaging.io.metadata.DisclosurePolicy;
import io.latentretouch.imaging.io.metadata.JpegMetadata;
import io.latentretouch.imaging.io.metadata.LabelBurner;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.imaging.io.metadata.Provenance;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.RetouchFacts;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * Saves results as variants beside their original: {@code photo.jpg} → {@code photo.variants/photo-<recipe>-<seed>.jpg},
 * in the original's format (16-bit TIFF for PSD and WebP sources), with its profile, EXIF and XMP, plus the provenance
 * and disclosure of the result, and the same XMP in a sidecar ({@code …-77.jpg.xmp}) for the tools that read only
 * sidecars. The original's sidecars ({@code photo.xmp}, {@code photo.jpg.xmp}) travel into the variant's XMP with
 * every foreign field. A JPEG variant of a JPEG is quantized with the source's own tables and subsampling, its EXIF
 * orientation set to 1 (the pixels are upright). When a market requires a visible label, an export copy with the
 * labels burned in is written beside it ({@code …-labelled.jpg}, same metadata). Written atomically; an existing file
 * is never replaced, not even one another writer created a moment ago (a number is appended); the original is only
 * read.
 */
public final class Variants {

    /** Suffix of the export copy with the visible disclosure labels, written when a market requires one. */
    /** How the copy of a variant with its market labels burned in is named after it ({@code photo-…-labelled.jpg}). @since 3.1 */
    public static final String LABELLED = "-labelled";

    /** The markets variants are labelled for unless the user chooses: the EU, whose AI marking is machine-readable. */
    public static final Set<Market> DEFAULT_MARKETS = Collections.unmodifiableSet(EnumSet.of(Market.EU));

    /** Name and version written as the software agent. */
    public static final String SOFTWARE = "Latent Retouch 0.1.0";

    /** The recipe a region fill is recorded under: no steps, the fill itself is the variant's edit. */
    public static final Recipe REGION_FILL = new Recipe("Region fill", "A painted region regenerated from its surroundings", List.of());

    /** Suffix of the mask stored beside a filled variant, so the fill can be regenerated. */
    public static final String MASK_SUFFIX = ".mask.png";

    private Variants() {
    }

    /**
     * Saves a region fill's candidate as {@link #save} does and stores the mask beside it
     * ({@code photo-region-fill-7.jpg.mask.png}) so the fill can be made again.
     *
     * @param recipe the recipe applied before the fill (its steps count for disclosure), or {@link #REGION_FILL}
     * @throws ImageIoException as {@link #save}
     */
    public static SavedVariant saveFill(Path original, ImageDocument source, Retouched candidate, Mask region, Recipe recipe, long seed,
            Set<Market> markets) throws ImageIoException {
        SavedVariant saved = save(original, source, candidate, recipe, seed, markets);
        MaskFiles.write(region, maskOf(saved.file()));
        return saved;
    }

    /** Where the mask of a filled variant is stored. */
    public static Path maskOf(Path variant) {
        return variant.resolveSibling(variant.getFileName() + MASK_SUFFIX);
    }

    public static Path folderOf(Path original) {
        return original.toAbsolutePath().resolveSibling(stem(original) + ".variants");
    }

    /**
     * @throws ImageIoException naming the folder or file when it cannot be written (read-only, full disk)
     */
    public static SavedVariant save(Path original, ImageDocument source, Retouched result, Recipe recipe, long seed, Set<Market> markets)
            throws ImageIoException {
        Path folder = folderOf(original);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, folder, "cannot be created to hold the variant ("
                    + e.getMessage() + "); nothing was changed, check the folder's permissions or disk", e);
        }
        return write(original, source, result, recipe, seed, markets, (doc, base, options) -> writeUnderFreeName(doc, folder, base, options),
                stem(original) + "-" + recipe.slug() + "-" + seed, null);
    }

    /**
     * Writes a variant under a name of the caller's, {@code folder/base.ext} (and {@code base-labelled.ext} where a
     * market wants a visible label), replacing files of those names: a regenerate job names its variant after its key,
     * so a second attempt after a crash writes the same files again instead of {@code -2} duplicates.
     *
     * @throws ImageIoException naming the file when it cannot be written (read-only, full disk)
     */
    public static SavedVariant saveAs(Path original, ImageDocument source, Retouched result, Recipe recipe, long seed, Set<Market> markets,
            Path folder, String base) throws ImageIoException {
        return saveAs(original, source, result, recipe, seed, markets, folder, base, null);
    }

    /**
     * As {@link #saveAs(Path, ImageDocument, Retouched, Recipe, long, Set, Path, String)}, recording the catalog's key of
     * the variant in its XMP ({@code lr:VariantKey}, null for none): a catalog rebuilt from the files knows it again.
     *
     * @since 3.1
     */
    public static SavedVariant saveAs(Path original, ImageDocument source, Retouched result, Recipe recipe, long seed, Set<Market> markets,
            Path folder, String base, String variantKey) throws ImageIoException {
        return write(original, source, result, recipe, seed, markets, (doc, name, options) -> {
            Path p = folder.resolve(name + "." + options.format().extension());
            ImageFiles.write(doc, p, options.replacing());
            return p;
        }, base, variantKey);
    }

    /** Where and how a variant's files are written under a base name. */
    private interface Writer {
        Path write(ImageDocument doc, String base, WriteOptions options) throws ImageIoException;
    }

    private static SavedVariant write(Path original, ImageDocument source, Retouched result, Recipe recipe, long seed, Set<Market> markets,
            Writer writer, String name, String variantKey) throws ImageIoException {
        OutputFormat format = formatOf(source.format());
        XMPMeta existing = XmpPackets.embedded(original);  // its photographer, rights, ratings travel with the variant
        Provenance p = provenance(original, existing, result, recipe, seed);
        Disclosure d = disclosure(recipe, p, markets);
        XMPMeta xmp = xmp(original, existing, p, d, variantKey);
        WriteOptions options = WriteOptions.of(format).withXmp(serialize(original, xmp));
        if (format == OutputFormat.JPEG) {
            options = options.withExif(JpegMetadata.upright(exif(original))).encodedLike(original, source.pixels());
        }
        Path target = writer.write(source.withPixels(result.image()), name, options);
        Sidecars.write(target, xmp);
        if (!d.requiresLabel()) {
            return new SavedVariant(target, null);
        }
        Path labelled = writer.write(source.withPixels(LabelBurner.burn(result.image(), d.labels())), stem(target) + LABELLED, options);
        Sidecars.write(labelled, xmp);
        return new SavedVariant(target, labelled);
    }

    /** A variant's format for a source's: JPEG and PNG stay as they are, everything else becomes TIFF. */
    public static OutputFormat formatOf(String sourceFormat) {
        return switch (sourceFormat) {
            case "jpeg" -> OutputFormat.JPEG;
            case "png" -> OutputFormat.PNG;
            default -> OutputFormat.TIFF;
        };
    }

    /**
     * Writes under {@code base.ext}, else {@code base-2.ext}, … : the first name no file holds at the moment of
     * writing, even when another writer (a second seat, a batch) takes a name between our look and our write.
     */
    static Path writeUnderFreeName(ImageDocument doc, Path folder, String base, WriteOptions options) throws ImageIoException {
        for (int n = 1;; n++) {
            Path p = folder.resolve(base + (n == 1 ? "" : "-" + n) + "." + options.format().extension());
            try {
                ImageFiles.write(doc, p, options);
                return p;
            } catch (ImageIoException e) {
                if (e.kind() != ImageIoException.Kind.EXISTS) {
                    throw e;
                }
            }
        }
    }

    private static Provenance provenance(Path original, XMPMeta existing, Retouched result, Recipe recipe, long seed) throws ImageIoException {
        try {
            String sha = sha256(original);
            String documentId = existing.getPropertyString(XMPConst.NS_XMP_MM, "DocumentID");
            return new Provenance(original.getFileName().toString(), documentId != null ? documentId : "xmp.did:sha256:" + sha, sha,
                    recipe.name(), Recipes.write(recipe), result.models(), seed, result.edits(), null, SOFTWARE, Instant.now());
        } catch (XMPException | IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, original, "its metadata cannot be carried into the variant: " + e.getMessage(), e);
        }
    }

    /** Skin counts as retouched unless the recipe keeps it natural (level 3, no lighting). */
    static Disclosure disclosure(Recipe recipe, Provenance p, Set<Market> markets) {
        boolean skin = recipe.steps().stream().anyMatch(s -> s instanceof Step.Imperfection i && i.level() != 3
                || s instanceof Step.Lighting l && (l.glow() > 0 || l.key() > 0));
        return new DisclosurePolicy(markets).decide(new RetouchFacts(false, false, skin, p.sourceType()));
    }

    /**
     * The original's XMP (embedded, then its sidecars), less its derivation, with ours merged in, and
     * {@code tiff:Orientation} 1: the variant's pixels are upright.
     */
    private static XMPMeta xmp(Path original, XMPMeta existing, Provenance p, Disclosure d, String variantKey) throws ImageIoException {
        try {
            XMPMeta ours = ProvenanceXmp.of(p);
            if (variantKey != null) {
                ProvenanceXmp.recordVariantKey(ours, variantKey);
            }
            DisclosurePolicy.record(d, ours);
            ours.setPropertyInteger(XMPConst.NS_TIFF, "Orientation", 1);
            return XmpPackets.merge(withoutDerivation(XmpPackets.merge(existing, Sidecars.readAll(original))), ours);
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, original, "its metadata cannot be carried into the variant: " + e.getMessage(), e);
        }
    }

    private static String serialize(Path original, XMPMeta xmp) throws ImageIoException {
        try {
            return XmpPackets.serialize(xmp);
        } catch (XMPException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, original, "its metadata cannot be carried into the variant: " + e.getMessage(), e);
        }
    }

    /** The original's history and identity are replaced by the variant's own, which point back to it. */
    private static XMPMeta withoutDerivation(XMPMeta m) {
        for (String p : new String[] {"DocumentID", "InstanceID", "DerivedFrom", "History"}) {
            m.deleteProperty(XMPConst.NS_XMP_MM, p);
        }
        return m;
    }

    private static byte[] exif(Path original) {
        try {
            return JpegMetadata.exif(Files.readAllBytes(original));
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's name without its extension. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The SHA-256 of a file's bytes, read as a stream, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
