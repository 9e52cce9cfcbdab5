package io.latentretouch.inference.onnx.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.RunOptions;
import io.latentretouch.inference.RunMonitor;

/**
 * Polls the monitors of runs in flight and sets ONNX Runtime's terminate flag when one is cancelled, so a long single
 * run stops within a poll interval instead of at its end. One daemon thread serves all runs.
 */
final class CancelWatch implements AutoCloseable {

    private static final long POLL_MS = 50;

    /** Stops watching one run. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inference-cancel-watch");
        t.setDaemon(true);
        return t;
    });

    Registration watch(RunMonitor monitor, RunOptions options) {
        if (monitor == RunMonitor.NONE) {
            return () -> { };
        }
        Watched w = new Watched(monitor, options);
        w.poll = timer.scheduleWithFixedDelay(w::check, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        return w;
    }

    /** One watched run; the lock keeps a poll from touching the run options after the run has ended. */
    private static final class Watched implements Registration {
        private final RunMonitor monitor;
        private final RunOptions options;
        private ScheduledFuture<?> poll;
        private boolean ended;

        Watched(RunMonitor monitor, RunOptions options) {
            this.monitor = monitor;
            this.options = options;
        }

        synchronized void check() {
            if (!ended && monitor.isCancelled()) {
                try {
                    options.setTerminate(true);
                } catch (OrtException e) {
                    System.getLogger(CancelWatch.class.getName()).log(System.Logger.Level.WARNING, "Cannot stop a run", e);
                }
            }
        }

        @Override
        public synchronized void close() {
            ended = true;
            poll.cancel(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
