package io.latentretouch.diffusion.internal.pipeline;

import io.latentretouch.diffusion.GenerationMonitor;

/** A monitor that keeps the number of steps the last generation announced. */
final class StepCount implements GenerationMonitor {

    private int total;

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void stepped(int done, int all) {
        total = all;
    }

    int total() {
        return total;
    }
}
