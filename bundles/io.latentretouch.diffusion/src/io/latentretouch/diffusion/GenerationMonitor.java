package io.latentretouch.diffusion;

import io.latentretouch.imaging.PlanarImage;

/** Progress, a latent preview and cancellation of one generation; called on the generating thread. */
public interface GenerationMonitor {

    /** A monitor that never cancels and ignores progress. */
    GenerationMonitor NONE = () -> false;

    /** Whether the caller wants the generation to stop; asked before every step. */
    boolean isCancelled();

    /** {@code done} of {@code total} denoising steps are finished. */
    default void stepped(int done, int total) {
    }

    /** How often {@link #preview} is called: every this many steps, and never when 0. */
    default int previewEvery() {
        return 0;
    }

    /** A cheap look at the image so far, at the latents' size (an eighth of the image's), in sRGB [0, 1]. */
    default void preview(PlanarImage image) {
    }
}
