package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.assets.VariantKey;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.DigitalSourceType;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.imaging.io.metadata.XmpPackets;
import io.latentretouch.retouch.Variants;

/**
 * The variants in a folder's {@code .variants} folders that the catalog does not hold, adopted into their originals'
 * stacks from what their XMP records: the source's bytes (by which the original is found), the variant's key (or, for
 * a variant saved without a catalog, the key made from its recipe, seed, models and format), its disclosure. So a
 * catalog can be rebuilt from the files alone, with the picks its folders record ({@link PickRecords}), and the
 * variants folders of the first release come in. A file whose
 * XMP is not ours, or whose original is not catalogued, is left alone; labelled export copies, masks and a job's
 * temporary files are no variants.
 */
public final class VariantAdoption {

    private VariantAdoption() {
    }

    /** Adopts the variants, then picks in their stacks what the folders' pick records name. @return how many were adopted */
    static int run(Catalog catalog, Root root, Path top) throws CatalogException, IOException {
        int adopted = 0;
        Set<Path> folders = new TreeSet<>();
        for (Path file : variants(top)) {
            String path = top.relativize(file).toString();
            if (catalog.file(root.id(), path).isPresent()) {
                continue;
            }
            Optional<Found> found = read(file);
            if (found.isEmpty()) {
                continue;
            }
            Optional<Long> source = catalog.filesWithHash(found.get().key().sourceSha256()).stream().filter(f -> f.role() == FileEntry.Role.ORIGINAL)
                    .map(FileEntry::assetId).findFirst();
            if (source.isEmpty()) {
                continue;
            }
            FileFacts facts = FolderImport.hashed(file, FolderImport.quick(file));
            RecipeRows.recorded(catalog, found.get().key().recipeSha256(), found.get().recipeName(), found.get().recipe());
            catalog.jobs().adopt(source.get(), found.get().key(), new Rendered(root, path, facts, file.getFileName().toString(), found.get().ai()));
            // a key the catalog knew already keeps its own file: this one is a copy
            if (catalog.file(root.id(), path).isPresent()) {
                adopted++;
                folders.add(file.getParent());
            }
        }
        PickRecords.restore(catalog, root, top, folders);
        return adopted;
    }

    /**
     * Adopts one variant a retouch panel saved into its original's stack, journalled as {@code actor}'s, under the root
     * of the original when it lies there (beside it), else under its variants folder's parent.
     *
     * @return the variant's asset, or empty when its XMP is not a variant's or its original is not catalogued
     */
    public static Optional<Long> one(Catalog catalog, Path file, String actor) throws CatalogException, IOException {
        Optional<Found> found = read(file);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<FileEntry> source = catalog.filesWithHash(found.get().key().sourceSha256()).stream().filter(f -> f.role() == FileEntry.Role.ORIGINAL)
                .findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Path at = file.toAbsolutePath().normalize();
        Optional<Root> sourceRoot = catalog.root(source.get().rootId());
        Root root = sourceRoot.isPresent() && at.startsWith(sourceRoot.get().folder()) ? sourceRoot.get()
                : catalog.root(at.getParent().getParent(), RootKind.LOCAL);
        FileFacts facts = FolderImport.hashed(at, FolderImport.quick(at));
        RecipeRows.recorded(catalog, found.get().key().recipeSha256(), found.get().recipeName(), found.get().recipe());
        long asset = catalog.jobs().adopt(source.get().assetId(), found.get().key(),
                new Rendered(root, root.folder().relativize(at).toString(), facts, at.getFileName().toString(), found.get().ai()), actor);
        return asset < 0 ? Optional.empty() : Optional.of(asset);
    }

    /** What a variant's XMP says of it. */
    private record Found(VariantKey key, boolean ai, String recipeName, String recipe) {
    }

    private static Optional<Found> read(Path file) {
        try {
            XMPMeta xmp = Sidecars.readWithEmbedded(file);
            String text = ProvenanceXmp.variantKey(xmp);
            String recipe = xmp.getPropertyString(XmpPackets.LR, "Recipe");
            if (text == null && recipe == null) {
                return Optional.empty();
            }
            DigitalSourceType type = ProvenanceXmp.sourceType(xmp);
            boolean ai = type != null && type != DigitalSourceType.DIGITAL_CAPTURE;
            return Optional.of(new Found(text != null ? VariantKey.parse(text) : keyOf(xmp, file), ai, xmp.getPropertyString(XmpPackets.LR, "RecipeName"),
                    recipe));
        } catch (ImageIoException | XMPException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of a variant saved without a catalog, from its recorded recipe, seed and models. */
    private static VariantKey keyOf(XMPMeta xmp, Path file) throws XMPException {
        ProvenanceXmp.Regeneration made = ProvenanceXmp.regeneration(xmp);
        String models = VariantKey.sha256(String.join("\n", made.models().stream().map(VariantAdoption::model).sorted().toList()));
        String format = ImageFiles.formatByName(file).orElseThrow();
        return new VariantKey(made.sourceSha256(), VariantKey.sha256(made.recipe()), made.seed(), models, null, format);
    }

    private static String model(ModelUse m) {
        return m.id() + "@" + m.version() + " " + m.sha256();
    }

    /** The images in the folder's variants folders, sorted: no hidden or temporary file, mask, sidecar or labelled copy. */
    static List<Path> variants(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().endsWith(".variants")).filter(p -> {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return !name.startsWith(".") && ImageFiles.formatByName(p).isPresent() && !lower.endsWith(Variants.MASK_SUFFIX)
                        && !Variants.stem(p).endsWith(Variants.LABELLED);
            }).sorted().toList();
        }
    }
}
