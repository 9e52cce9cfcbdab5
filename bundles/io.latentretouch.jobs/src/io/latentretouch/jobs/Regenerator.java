package io.latentretouch.jobs;

import java.util.List;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Submitted;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.retouch.Recipe;

/** Regenerates variants of catalogued originals. A service; thread-safe; call it off the UI thread. */
public interface Regenerator {

    /**
     * Submits one job per original: the recipe at this seed, its variant written beside the original (in
     * {@code photo.variants/}). Submitting the same again adds nothing; another seed is another variant.
     *
     * @throws CatalogException {@code NOT_FOUND} for an id that is no original with a file; on a failed statement
     */
    Submitted submit(Catalog catalog, List<Long> originals, Recipe recipe, long seed, String actor) throws CatalogException;

    /** As {@link #submit(Catalog, List, Recipe, long, String)}, each job claimed at most {@code attempts} times before it fails. */
    Submitted submit(Catalog catalog, List<Long> originals, Recipe recipe, long seed, String actor, int attempts) throws CatalogException;

    /**
     * Works the catalog's queue as {@code worker} until it is empty or the monitor cancels (after the job in hand,
     * which is given back): rescues jobs whose worker died and reconciles the files with the queue (the temporary
     * files of attempts that are over removed, a succeeded job whose variant's file is gone queued again), then claims
     * one job at a time, renders it (or keeps the variant an attempt before a crash renamed into place), renames it into
     * place and commits it fenced by the claim, renewing the claim's heartbeat meanwhile. A job that fails is given
     * back with its reason and retried until its last attempt.
     *
     * @throws CatalogException when the catalog itself fails (a job's own failure is recorded, not thrown)
     */
    Worked work(Catalog catalog, String worker, WorkSettings settings, RunMonitor monitor) throws CatalogException;
}
