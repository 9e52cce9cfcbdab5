package io.latentretouch.retouch.ui.internal.panel;

import java.security.SecureRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameGenerator;
import io.latentretouch.retouch.FrameRequest;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * Generates a batch of frames in the background, one seed after the other: per-step progress in the progress view and
 * on the panel, a latent preview every {@value #PREVIEW_EVERY} steps, Cancel between steps. Every report reaches the
 * listener on the UI thread.
 */
final class GenerateJob extends Job {

    /** The job family of generation, so tests and shutdown can wait for it. */
    static final Object FAMILY = GenerateJob.class;
    static final int PREVIEW_EVERY = 2;

    /** What the panel hears, on the UI thread. */
    interface Listener {
        void stepped(int done);

        void preview(PlanarImage image);

        void frame(Frame frame);

        /** @param error null when every frame was made or the user cancelled */
        void finished(String error);
    }

    private final FrameGenerator generator;
    private final Recipe recipe;
    private final String words;
    private final PlanarImage init;
    private final double strength;
    private final int count;
    private final Display display;
    private final Listener listener;

    GenerateJob(FrameGenerator generator, Recipe recipe, String words, PlanarImage init, double strength, int count, Display display,
            Listener listener) {
        super(Messages.generateJob);
        this.generator = generator;
        this.recipe = recipe;
        this.words = words;
        this.init = init;
        this.strength = strength;
        this.count = count;
        this.display = display;
        this.listener = listener;
        setUser(true);
    }

    /** The seed of the first frame: the recipe's when locked, else a new one. */
    static long firstSeed(GenerationSettings g) {
        return g.seeds() == GenerationSettings.SeedPolicy.FIXED ? g.seed() : new SecureRandom().nextInt(Integer.MAX_VALUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int steps = recipe.generation().steps();
        monitor.beginTask(getName(), steps * count);
        long first = firstSeed(recipe.generation());
        try {
            for (int k = 0; k < count; k++) {
                int offset = k * steps;
                monitor.subTask(NLS.bind(Messages.generateFrame, k + 1, count));
                Frame frame = generator.generate(new FrameRequest(recipe, words, first + k, init, strength), progress(monitor, offset));
                deliver(() -> listener.frame(frame));
            }
            deliver(() -> listener.finished(null));
            return Status.OK_STATUS;
        } catch (DiffusionException e) {
            deliver(() -> listener.finished(e.code() == DiffusionException.Code.CANCELLED ? null : e.getMessage()));
            return e.code() == DiffusionException.Code.CANCELLED ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
        } catch (InferenceException | RuntimeException e) {
            deliver(() -> listener.finished(String.valueOf(e.getMessage())));
            return Status.error(String.valueOf(e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    private GenerationMonitor progress(IProgressMonitor monitor, int offset) {
        return new GenerationMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }

            @Override
            public void stepped(int done, int total) {
                monitor.worked(1);
                deliver(() -> listener.stepped(offset + done));
            }

            @Override
            public int previewEvery() {
                return PREVIEW_EVERY;
            }

            @Override
            public void preview(PlanarImage image) {
                deliver(() -> listener.preview(image));
            }
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    private void deliver(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
