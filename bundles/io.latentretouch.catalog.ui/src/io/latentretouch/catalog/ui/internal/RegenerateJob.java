package io.latentretouch.catalog.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Submitted;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.retouch.Recipe;

/**
 * Regenerates variants of originals with a recipe and seed: submits the batch (a variant the catalog already has adds
 * no job), then works the catalog's queue on this seat, as any headless host does, until it is empty or cancelled. Each
 * new variant joins its original's stack; with {@code pick} it becomes the stack's pick. Errors are reported per asset.
 */
final class RegenerateJob extends CatalogJob<RegenerateJob.Outcome> {

    /** How often the bar is brought up to date from the batch's counts while a variant renders. */
    private static final long POLL_NANOS = 500_000_000L;

    /** What the batch did: its jobs' end states and, per failed job, its asset and why. */
    record Outcome(Submitted submitted, int succeeded, List<String> errors, List<Long> variants) {
    }

    private final List<Long> originals;
    private final Recipe recipe;
    private final long seed;
    private final boolean pick;

    RegenerateJob(List<Long> originals, Recipe recipe, long seed, boolean pick) {
        super(NLS.bind(Messages.regenerateJob, new Object[] {originals.size(), recipe.name(), seed}));
        this.originals = List.copyOf(originals);
        this.recipe = recipe;
        this.seed = seed;
        this.pick = pick;
    }

    @Override
    protected Outcome work(RunMonitor monitor) throws Exception {
        CatalogSession session = CatalogSession.get();
        Catalog catalog = session.catalog();
        Regenerator regenerator = session.service(Regenerator.class);
        Submitted submitted = regenerator.submit(catalog, originals, recipe, seed, System.getProperty("user.name"));
        session.changed();
        long batch = submitted.batchId();
        int total = submitted.added();
        monitor.worked(0, total);
        long[] last = {System.nanoTime()};
        RunMonitor polled = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                long now = System.nanoTime();
                if (now - last[0] > POLL_NANOS) {
                    last[0] = now;
                    report(catalog, batch, total, monitor);
                }
                return monitor.isCancelled();
            }
        };
        regenerator.work(catalog, catalog.process(), WorkSettings.DEFAULT, polled);
        report(catalog, batch, total, monitor);
        return outcome(catalog, submitted);
    }

    private static void report(Catalog catalog, long batch, int total, RunMonitor monitor) {
        try {
            var counts = catalog.jobs().counts(batch);
            int done = counts.getOrDefault(Job.State.SUCCEEDED, 0) + counts.getOrDefault(Job.State.FAILED, 0);
            monitor.worked(done, total);
        } catch (Exception e) {
            // the bar stays where it was; the work itself reports what fails
        }
    }

    private Outcome outcome(Catalog catalog, Submitted submitted) throws Exception {
        List<String> errors = new ArrayList<>();
        int succeeded = 0;
        for (Job job : catalog.jobs().jobs(submitted.batchId())) {
            if (job.state() == Job.State.SUCCEEDED) {
                succeeded++;
            } else if (job.state() == Job.State.FAILED) {
                errors.add(NLS.bind(Messages.regenerateFailed, catalog.asset(job.source()).map(a -> a.name()).orElse("#" + job.source()), job.error()));
            }
        }
        List<Long> variants = catalog.journal(submitted.batchId()).stream().filter(e -> "succeeded".equals(e.event()))
                .map(JournalEntry::assetId).toList();
        if (pick) {
            for (long variant : variants) {
                catalog.pick(catalog.stackOf(variant).id(), variant);
            }
        }
        return new Outcome(submitted, succeeded, errors, variants);
    }

    @Override
    protected IStatus status(Outcome done) {
        String counts = NLS.bind(Messages.regenerateDone, new Object[] {done.succeeded(), done.submitted().existing(), done.errors().size()});
        if (done.errors().isEmpty()) {
            return Status.info(counts);
        }
        MultiStatus failures = new MultiStatus(RegenerateJob.class, 0, counts);
        done.errors().forEach(e -> failures.add(Status.warning(e)));
        return failures;
    }
}
