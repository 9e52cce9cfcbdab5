package io.latentretouch.catalog.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.latentretouch.inference.RunMonitor;

/**
 * Catalog work the user asked for (an import, a batch of regenerates) as a Job in the Progress view: a bar that moves
 * per asset, Cancel honoured between assets, the views told of each change when it is done, a failure shown as the
 * job's error with its message. The user keeps working meanwhile. Every such job is in the {@link #FAMILY}.
 */
abstract class CatalogJob<T> extends Job {

    /** The family of the catalog's jobs, for tests and shutdown. */
    static final Object FAMILY = CatalogJob.class;

    private volatile T result;

    CatalogJob(String name) {
        super(name);
        setUser(true);
    }

    /** The work, reporting assets done through the monitor. */
    protected abstract T work(RunMonitor monitor) throws Exception;

    /** The outcome as the job's final status, which the Progress view shows: "120 added, 3 moved", the failures. */
    protected abstract IStatus status(T done);

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        Progress progress = new Progress(monitor, getName());
        try {
            result = work(progress);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : status(result);
        } catch (Exception e) {
            return Status.error(NLS.bind(Messages.jobFailed, getName(), e.getMessage()), e);
        } finally {
            monitor.done();
            CatalogSession.get().changed();
        }
    }

    /** What the work returned; null while it runs or when it failed. */
    T result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** A job's monitor as the run monitor of the catalog's services: {@code worked(done, total)} moves the bar. */
    private static final class Progress implements RunMonitor {

        private final IProgressMonitor monitor;
        private final String name;
        private boolean begun;
        private long reported;

        Progress(IProgressMonitor monitor, String name) {
            this.monitor = monitor;
            this.name = name;
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }

        /** @param of the same total in every report of one job (an import's files, a batch's jobs) */
        @Override
        public synchronized void worked(long done, long of) {
            if (!begun) {
                monitor.beginTask(name, (int) Math.min(Integer.MAX_VALUE, of));
                begun = true;
            }
            if (done > reported) {
                monitor.worked((int) (done - reported));
                reported = done;
            }
            monitor.subTask(Messages.bind(Messages.jobProgress, done, of));
        }
    }
}
