package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.Root;
import io.latentretouch.retouch.RecipeException;

/**
 * What a worker squares with the files before it claims (CATALOG-NOTES, "reconcile on start"): the temporary files of
 * the attempts of every job that failed for good or was cancelled are removed (a queued job's, when it is claimed), and
 * a succeeded job whose variant's file is gone from a root that is online is queued again. A variant an attempt renamed
 * into place before a crash is kept when its job is claimed again ({@link RenderJob}). Each step is journalled.
 */
final class Reconcile {

    /** What a reconcile did. */
    record Reconciled(int swept, int redone) {
    }

    private Reconcile() {
    }

    static Reconciled run(Catalog catalog, RenderJob render, String worker) throws CatalogException {
        int swept = 0;
        Map<Path, Set<String>> hidden = new HashMap<>(); // a folder listed once, not once per job (quadratic at 10,000)
        // a queued job's are swept when it is claimed, in this worker's loop or another's
        for (Job.State state : List.of(Job.State.FAILED, Job.State.CANCELLED)) {
            for (Job job : catalog.jobs().jobs(state)) {
                swept += sweep(catalog, render, worker, job, hidden);
            }
        }
        int redone = 0;
        for (Job job : catalog.jobs().jobs(Job.State.SUCCEEDED)) {
            Optional<Path> missing = missing(catalog, job);
            if (missing.isPresent() && catalog.jobs().redo(job.id(), worker, "its variant " + missing.get() + " is missing: made again")) {
                redone++;
            }
        }
        return new Reconciled(swept, redone);
    }

    /** Removes the temporary files of the job's attempts so far (a later claim's are its own). @return how many */
    private static int sweep(Catalog catalog, RenderJob render, String worker, Job job, Map<Path, Set<String>> hidden) throws CatalogException {
        try {
            RenderJob.Target t = render.target(catalog, job);
            Set<String> names = hidden.get(t.folder());
            if (names == null) {
                names = Placement.hidden(t.folder());
                hidden.put(t.folder(), names);
            }
            return Placement.anyOf(names, t.base(), job.lease()) ? t.sweep(catalog, job, worker, job.lease()) : 0;
        } catch (IOException | RecipeException e) {
            return 0; // a folder it cannot write, a recipe it cannot read: no attempt wrote there
        } catch (CatalogException e) {
            if (e.kind() == CatalogException.Kind.NOT_FOUND) {
                return 0; // its original is gone: its attempts fail with the reason
            }
            throw e;
        }
    }

    /** The variant's file, when the catalog has one that is gone while its root is there (an offline root is no loss). */
    private static Optional<Path> missing(Catalog catalog, Job job) throws CatalogException {
        Optional<Long> variant = catalog.jobs().variant(job.idemKey());
        if (variant.isEmpty()) {
            return Optional.empty();
        }
        for (FileEntry f : catalog.files(variant.get())) {
            Optional<Root> root = catalog.root(f.rootId());
            if (f.role() == FileEntry.Role.RENDER && root.isPresent() && Files.isDirectory(root.get().folder())) {
                Path file = root.get().folder().resolve(f.path());
                if (!Files.exists(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
