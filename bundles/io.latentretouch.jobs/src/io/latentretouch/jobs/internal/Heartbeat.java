package io.latentretouch.jobs.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Job;
import io.latentretouch.inference.RunMonitor;

/**
 * Renews a claim while its job renders, on a thread of its own; when a renewal finds the lease gone (the job was
 * rescued, another worker has it) the render is told to stop through its monitor.
 */
final class Heartbeat implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final AtomicBoolean lost = new AtomicBoolean();

    Heartbeat(Catalog catalog, Job claimed, Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat of job " + claimed.id());
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                if (!catalog.jobs().heartbeat(claimed)) {
                    lost.set(true);
                }
            } catch (CatalogException e) {
                // the database is away for a moment: the next beat tries again, and a long absence loses the claim
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the claim was lost. */
    boolean lost() {
        return lost.get();
    }

    /** {@code outer} that also cancels when the claim is lost. */
    RunMonitor monitor(RunMonitor outer) {
        return () -> lost.get() || outer.isCancelled();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
