package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JobSpec;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Submitted;
import io.latentretouch.assets.VariantKey;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.CatalogSettings;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.jobs.Worked;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Variants;
import io.latentretouch.settings.Settings;

/**
 * Regeneration on the catalog's queue, rendering with the retoucher; one job at a time per worker. Variants go beside
 * their originals or under the configured output root ({@link CatalogSettings}).
 */
@Component(service = Regenerator.class, configurationPid = CatalogSettings.PID)
public final class RegeneratorComponent implements Regenerator {

    /** Claims a job gets before it fails for good, unless the submitter says otherwise. */
    static final int ATTEMPTS = 3;

    @Reference
    private Retoucher retoucher;

    @Reference
    private ModelRegistry registry;

    private volatile Path outputRoot;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        String root = Settings.read(CatalogSettings.class, properties, "regeneration").outputRoot().strip();
        outputRoot = root.isEmpty() ? null : Path.of(root);
    }

    @Override
    public Submitted submit(Catalog catalog, List<Long> originals, Recipe recipe, long seed, String actor) throws CatalogException {
        return submit(catalog, originals, recipe, seed, actor, ATTEMPTS);
    }

    @Override
    public Submitted submit(Catalog catalog, List<Long> originals, Recipe recipe, long seed, String actor, int attempts) throws CatalogException {
        String recipeSha = VariantKey.sha256(Recipes.write(recipe));
        String models = VariantKey.sha256(String.join("\n", registry.models().stream().map(m -> m.reference() + " " + m.sha256()).sorted().toList()));
        List<JobSpec> specs = new ArrayList<>();
        for (long id : originals) {
            FileEntry f = RenderJob.original(catalog, id);
            String format = Variants.formatOf(f.facts().format()).name().toLowerCase(Locale.ROOT);
            VariantKey key = new VariantKey(f.facts().sha256(), recipeSha, seed, models, null, format);
            specs.add(new JobSpec(id, key, new Payload(recipe, seed, key.text()).json(), attempts));
        }
        RecipeRows.submitted(catalog, recipeSha, recipe);
        return catalog.jobs().submit(recipe.name() + ", seed " + seed, actor, specs);
    }

    @Override
    public Worked work(Catalog catalog, String worker, WorkSettings settings, RunMonitor monitor) throws CatalogException {
        catalog.jobs().rescue(settings.stale());
        RenderJob render = new RenderJob(retoucher, Variants.DEFAULT_MARKETS, outputRoot);
        Reconcile.run(catalog, render, worker);
        int succeeded = 0;
        int lost = 0;
        List<String> errors = new ArrayList<>();
        while (!monitor.isCancelled()) {
            List<Job> claimed = catalog.jobs().claim(worker, 1);
            if (claimed.isEmpty()) {
                break;
            }
            switch (workOne(catalog, claimed.get(0), render, settings, monitor, errors)) {
                case SUCCEEDED -> succeeded++;
                case LOST -> lost++;
                default -> { }
            }
        }
        return new Worked(succeeded, errors.size(), lost, errors);
    }

    private enum Outcome {
        SUCCEEDED, FAILED, LOST, CANCELLED
    }

    /** Renders, places and commits one claimed job, renewing its claim meanwhile. */
    private static Outcome workOne(Catalog catalog, Job job, RenderJob render, WorkSettings settings, RunMonitor monitor, List<String> errors)
            throws CatalogException {
        try (Heartbeat beat = new Heartbeat(catalog, job, settings.heartbeat())) {
            Rendered out;
            try {
                out = render.render(catalog, job, beat.monitor(monitor));
            } catch (InferenceException e) {
                if (e.code() != InferenceException.Code.CANCELLED) {
                    return giveBack(catalog, job, e.getMessage(), errors);
                }
                return beat.lost() || !catalog.jobs().fail(job, "cancelled before it finished") ? Outcome.LOST : Outcome.CANCELLED;
            } catch (ImageIoException | RecipeException | IOException e) {
                return giveBack(catalog, job, e.getMessage(), errors);
            }
            Faults.at(Faults.Point.BEFORE_COMMIT);
            if (!catalog.jobs().complete(job, out)) {
                return Outcome.LOST;
            }
            Faults.at(Faults.Point.AFTER_COMMIT);
            return Outcome.SUCCEEDED;
        }
    }

    /** Records the failure on the job (retried while attempts remain). */
    private static Outcome giveBack(Catalog catalog, Job job, String reason, List<String> errors) throws CatalogException {
        if (!catalog.jobs().fail(job, reason)) {
            return Outcome.LOST;
        }
        errors.add("job " + job.id() + " (asset " + job.source() + "): " + reason);
        return Outcome.FAILED;
    }
}
