package io.latentretouch.batch.internal;

import java.io.PrintStream;

/** The table the retouch command prints: one row per variant. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
        out.printf("%-28s %-18s %5s %5s %8s  %s%n", "image", "recipe", "faces", "spots", "time", "variant");
    }

    void row(RetouchJob.Outcome o) {
        if (o.error() != null) {
            out.printf("%-28s %-18s %9s %8s  FAILED: %s%n", o.file().getFileName(), o.recipe().name(), "", "", o.error());
        } else {
            out.printf("%-28s %-18s %5d %5d %7.1fs  %s%n", o.file().getFileName(), o.recipe().name(), o.skin().faces().size(),
                    o.result().blemishes(), o.seconds(), o.variant());
            o.source().notes().forEach(n -> out.printf("%-28s %-18s   %s%n", "", "", n));
            o.result().notes().forEach(n -> out.printf("%-28s %-18s   %s%n", "", "", n));
        }
    }
}
