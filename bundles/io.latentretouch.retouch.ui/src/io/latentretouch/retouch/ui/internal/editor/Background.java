package io.latentretouch.retouch.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * Long work as a Job with progress and Cancel, its result handed to the UI thread. Every job of the perspective
 * belongs to the {@link #FAMILY}, so tests and shutdown can wait for them.
 */
final class Background {

    /** The job family of all canvas work. */
    static final Object FAMILY = Background.class;

    /** Work that can be cancelled through its monitor. */
    interface Work<T> {
        T run(RunMonitor monitor) throws Exception;
    }

    private Background() {
    }

    /**
     * Starts work the user asked for: it shows in the progress view with Cancel.
     *
     * @param done   receives the result on the UI thread
     * @param failed receives a one-line message on the UI thread when the work fails (not when it is cancelled)
     */
    static <T> Job start(String name, Display display, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        return schedule(name, true, display, work, done, failed);
    }

    /** Starts work the user did not ask for (preparing the screen): no progress dialog. */
    static <T> Job quietly(String name, Display display, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        return schedule(name, false, display, work, done, failed);
    }

    private static <T> Job schedule(String name, boolean user, Display display, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                try {
                    T result = work.run(ProgressMonitors.of(monitor));
                    deliver(display, () -> done.accept(result));
                    return Status.OK_STATUS;
                } catch (InferenceException e) {
                    if (e.code() == InferenceException.Code.CANCELLED) {
                        return Status.CANCEL_STATUS;
                    }
                    deliver(display, () -> failed.accept(e.getMessage()));
                    return Status.error(e.getMessage(), e);
                } catch (Exception e) {
                    deliver(display, () -> failed.accept(e.getMessage()));
                    return Status.error(String.valueOf(e.getMessage()), e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(user);
        job.setSystem(!user);
        job.schedule();
        return job;
    }

    private static void deliver(Display display, Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
