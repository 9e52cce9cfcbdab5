package io.latentretouch.jobs.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the crash tests stop a worker dead: with the system property {@code io.latentretouch.jobs.crash} naming a
 * point, the process halts there (as kill -9 would: no shutdown hooks, nothing flushed) the n-th time a job reaches
 * it, n being {@code io.latentretouch.jobs.crash.at} (1 unless set). Unset, nothing happens.
 */
final class Faults {

    /** The points of the protocol a crash can fall between. */
    enum Point {
        AFTER_TEMP_WRITE, AFTER_RENAME, BEFORE_COMMIT, AFTER_COMMIT
    }

    private static final AtomicInteger REACHED = new AtomicInteger();

    private Faults() {
    }

    static void at(Point point) {
        String crash = System.getProperty("io.latentretouch.jobs.crash");
        if (crash != null && crash.equalsIgnoreCase(point.name())
                && REACHED.incrementAndGet() == Integer.getInteger("io.latentretouch.jobs.crash.at", 1)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
