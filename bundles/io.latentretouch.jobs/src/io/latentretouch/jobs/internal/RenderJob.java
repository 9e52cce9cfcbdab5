package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.CatalogSettings;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;

/**
 * Renders one claimed job's variant into place: the original read (never opened for writing), its faces and skin
 * found, the recipe applied at the job's seed, the variant written under a temporary name, forced to disk and renamed
 * over the name its key gives it; or the variant an attempt before a crash put there already.
 */
final class RenderJob {

    private final Retoucher retoucher;
    private final Set<Market> markets;
    private final Path outputRoot;

    /** @param outputRoot where variants go instead of beside their originals, or null */
    RenderJob(Retoucher retoucher, Set<Market> markets, Path outputRoot) {
        this.retoucher = retoucher;
        this.markets = markets;
        this.outputRoot = outputRoot == null ? null : outputRoot.toAbsolutePath();
    }

    /**
     * Where a job's variant goes, and how it is made: the original, the root the variant is catalogued under, its
     * folder and base name, its format, the job's payload.
     */
    record Target(Path original, Root into, Path folder, String base, OutputFormat format, Payload payload) {

        /**
         * Removes the temporary files of the variant's attempts up to the lease {@code upTo}, journalling it when there
         * were any. @return how many
         */
        int sweep(Catalog catalog, Job job, String worker, long upTo) throws CatalogException, IOException {
            int swept = Placement.sweep(folder, base, upTo);
            if (swept > 0) {
                catalog.jobs().note(job, worker, "swept", swept + " temporary files of earlier attempts in " + folder);
            }
            return swept;
        }
    }

    /**
     * Where the job's variant goes.
     *
     * @throws CatalogException {@code NOT_FOUND} when its original has no file or root
     * @throws IOException      when the original's folder is read-only and no output root is set
     * @throws RecipeException  when the job's recipe cannot be read
     */
    Target target(Catalog catalog, Job job) throws CatalogException, IOException, RecipeException {
        Payload p = Payload.of(job.payload());
        FileEntry f = original(catalog, job.source());
        Root root = catalog.root(f.rootId()).orElseThrow(() -> new CatalogException(CatalogException.Kind.NOT_FOUND, "No root " + f.rootId()));
        Path original = root.folder().resolve(f.path());
        Root into = outputRoot == null ? root : catalog.root(outputRoot, RootKind.LOCAL);
        String base = Variants.stem(original) + "-" + p.recipe().slug() + "-" + job.idemKey().substring(0, 12);
        return new Target(original, into, variantsFolder(root, f.path()), base, Variants.formatOf(f.facts().format()), p);
    }

    /**
     * Puts the job's variant in place: the one an earlier attempt renamed into place before its commit was lost, when its
     * XMP records the job's key; else rendered now. A foreign file under the variant's name is moved to the folder's
     * quarantine first, never overwritten. Both are journalled.
     */
    Rendered render(Catalog catalog, Job job, RunMonitor monitor) throws CatalogException, ImageIoException, InferenceException, RecipeException,
            IOException {
        Target t = target(catalog, job);
        Payload p = t.payload();
        Files.createDirectories(t.folder());
        t.sweep(catalog, job, job.lockedBy(), job.lease() - 1);
        Path variant = t.folder().resolve(t.base() + "." + t.format().extension());
        if (Files.exists(variant)) {
            if (p.key() != null && p.key().equals(Placement.keyOf(variant))) {
                catalog.jobs().note(job, job.lockedBy(), "found", variant + " was in place already: an earlier attempt renamed it before its commit");
                return rendered(t, variant, FolderImport.hashed(variant, FolderImport.quick(variant)));
            }
            catalog.jobs().note(job, job.lockedBy(), "quarantined", String.join(", ", Placement.quarantine(t.folder(), t.base(), t.format()).stream()
                    .map(Path::toString).toList()) + ": not this job's variant, moved out of its way");
        }
        ImageDocument doc = ImageFiles.read(t.original());
        RetouchMasks masks = RetouchMasks.of(retoucher.skinMap(doc.pixels(), retoucher.faces(doc.pixels(), monitor), monitor));
        Retouched result = retoucher.apply(doc.pixels(), p.recipe(), masks, p.seed(), monitor);
        String temp = Placement.temporary(t.base(), job.lease());
        SavedVariant written = Variants.saveAs(t.original(), doc, result, p.recipe(), p.seed(), markets, t.folder(), temp, p.key());
        Faults.at(Faults.Point.AFTER_TEMP_WRITE);
        variant = Placement.place(written, temp, t.base());
        Faults.at(Faults.Point.AFTER_RENAME);
        return rendered(t, variant, new FileFacts(Files.size(variant), Files.getLastModifiedTime(variant).toMillis(), Variants.sha256(variant),
                t.format().name().toLowerCase(Locale.ROOT), doc.pixels().width(), doc.pixels().height()));
    }

    private static Rendered rendered(Target t, Path variant, FileFacts facts) {
        return new Rendered(t.into(), t.into().folder().relativize(variant).toString(), facts, variant.getFileName().toString(), true);
    }

    /**
     * The folder of an original's variants: beside it, or under the output root at the original's place in a folder
     * named as its root.
     *
     * @throws IOException naming the folder and the setting when the original's folder is read-only
     */
    Path variantsFolder(Root root, String path) throws IOException {
        Path original = root.folder().resolve(path);
        if (outputRoot != null) {
            return Variants.folderOf(outputRoot.resolve(root.folder().getFileName().toString()).resolve(path));
        }
        Path folder = Variants.folderOf(original);
        if (Files.isDirectory(folder) ? !Files.isWritable(folder) : !Files.isWritable(folder.getParent())) {
            throw new IOException((Files.isDirectory(folder) ? folder : folder.getParent()) + " is read-only, so the variant cannot be written beside "
                    + "its original; set an output root (outputRoot of " + CatalogSettings.PID + ", or the Catalog preference page) to write variants there");
        }
        return folder;
    }

    /** The original's own file. @throws CatalogException {@code NOT_FOUND} when the asset has none */
    static FileEntry original(Catalog catalog, long asset) throws CatalogException {
        return catalog.files(asset).stream().filter(f -> f.role() == FileEntry.Role.ORIGINAL).findFirst()
                .orElseThrow(() -> new CatalogException(CatalogException.Kind.NOT_FOUND, "Asset " + asset + " is no original with a file"));
    }
}
