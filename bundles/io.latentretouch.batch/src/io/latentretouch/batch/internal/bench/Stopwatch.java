package io.latentretouch.batch.internal.bench;

import java.util.Arrays;

/** Medians of repeated timings; these machines are noisy, so a benchmark reports medians. */
final class Stopwatch {

    /** Something to time. */
    interface Work {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    /** Median wall time in milliseconds of {@code runs} runs after one warm-up run. */
    static double median(int runs, Work work) throws Exception {
        work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
