package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;

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
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameFiles;
import io.latentretouch.retouch.FrameGenerator;
import io.latentretouch.retouch.FrameRequest;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * Generates a batch of frames in the background, one seed after the other: per-step progress in the progress view and
 * on the panel, a latent preview every {@value #PREVIEW_EVERY} steps, Cancel between steps. Each frame is saved into
 * the history folder at once, with its disclosure, so it outlives the workbench. Every report reaches the listener on
 * the UI thread.
 */
final class GenerateJob extends Job {

    /** The job family of generation, so tests and shutdown can wait for it. */
    static final Object FAMILY = GenerateJob.class;
    static final int PREVIEW_EVERY = 2;

    /** What the panel hears, on the UI thread. */
    interface Listener {
        void stepped(int done);

        void preview(PlanarImage image);

        /** @param saved the frame in the history folder */
        void frame(Frame frame, SavedVariant saved);

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
    private Path history;
    private Set<Market> markets;
    private Path original;

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

    /**
     * Where each frame is saved and for which markets it is labelled.
     *
     * @param from the image the frames start from, or null
     */
    GenerateJob savingTo(Path folder, Set<Market> labelledFor, Path from) {
        history = folder;
        markets = labelledFor;
        original = from;
        return this;
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
                SavedVariant saved = FrameFiles.save(frame, history, markets, original);
                deliver(() -> listener.frame(frame, saved));
            }
            deliver(() -> listener.finished(null));
            return Status.OK_STATUS;
        } catch (DiffusionException e) {
            deliver(() -> listener.finished(e.code() == DiffusionException.Code.CANCELLED ? null : e.getMessage()));
            return e.code() == DiffusionException.Code.CANCELLED ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
        } catch (InferenceException | ImageIoException | RuntimeException e) {
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
