package io.latentretouch.catalog.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Submitted;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Picks;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.retouch.Recipe;

/**
 * Regenerates variants of originals with a recipe and seed: submits the batch (a variant the catalog already has adds
 * no job), then works the catalog's queue on this seat, as any headless host does, until it is empty or cancelled. Each
 * new variant joins its original's stack; with {@code pick} it becomes the stack's pick. Errors are reported per asset, and
 * the Progress view keeps a batch with failures, with a link that retries them.
 */
final class RegenerateJob extends CatalogJob<RegenerateJob.Outcome> {

    /** How often the bar is brought up to date from the batch's counts while a variant renders. */
    private static final long POLL_NANOS = 500_000_000L;

    /** What the batch did: its jobs' end states and, per failed job, its asset and why. */
    record Outcome(Submitted submitted, int succeeded, List<String> errors, List<Long> variants) {
    }

    /** What starts the batch: a submit, or a batch's failed jobs queued again. */
    private interface Start {
        Submitted on(Catalog catalog, Regenerator regenerator) throws CatalogException;
    }

    private final Start start;
    private final boolean pick;

    private RegenerateJob(String name, Start start, boolean pick) {
        super(name);
        this.start = start;
        this.pick = pick;
    }

    RegenerateJob(List<Long> originals, Recipe recipe, long seed, boolean pick) {
        this(NLS.bind(Messages.regenerateJob, new Object[] {originals.size(), recipe.name(), seed}),
                (catalog, regenerator) -> regenerator.submit(catalog, List.copyOf(originals), recipe, seed, System.getProperty("user.name")), pick);
    }

    /** The batch's failed jobs queued again and worked: the Progress view's Retry of a batch with failures. */
    static RegenerateJob retry(long batchId, boolean pick) {
        return new RegenerateJob(NLS.bind(Messages.retryJob, batchId), (catalog, regenerator) -> new Submitted(batchId, catalog.jobs().retry(batchId), 0),
                pick);
    }

    @Override
    protected Outcome work(RunMonitor monitor) throws Exception {
        CatalogSession session = CatalogSession.get();
        Catalog catalog = session.catalog();
        Regenerator regenerator = session.service(Regenerator.class);
        Submitted submitted = start.on(catalog, regenerator);
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
                Picks.pick(catalog, catalog.stackOf(variant).id(), variant);
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
        // the Progress view keeps the finished job with a link that queues its failed jobs again
        long batch = done.submitted().batchId();
        setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        setProperty(IProgressConstants.ACTION_PROPERTY, new Action(NLS.bind(Messages.retryAction, done.errors().size())) {
            @Override
            public void run() {
                retry(batch, pick).schedule();
            }
        });
        return failures;
    }
}
