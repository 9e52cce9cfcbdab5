package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;

import io.latentretouch.inference.RunMonitor;

/** A job's progress monitor as the inference API's run monitor: Cancel in the progress view stops the run. */
final class ProgressMonitors {

    private ProgressMonitors() {
    }

    static RunMonitor of(IProgressMonitor monitor) {
        return new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }

            @Override
            public void worked(long done, long total) {
                monitor.subTask(done + " / " + total);
            }
        };
    }
}
