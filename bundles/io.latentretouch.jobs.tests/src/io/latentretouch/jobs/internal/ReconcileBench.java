package io.latentretouch.jobs.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.Rendered;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Variants;

/**
 * Benchmark, run on demand ({@code -Dbench=true -Dtest=ReconcileBench}, see docs/BENCHMARKS.md): what reconcile on
 * start costs a worker's every {@code work()} on an embedded catalog (full syncs, the root disk) as its queue grows:
 * one job in ten failed for good (its folder swept), the rest succeeded with their variant's file in place (each
 * checked). The variants are small files put in place by the bench, as a render would; reconcile reads only their
 * names.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReconcileBench {

    @TempDir
    Path dir;

    @Test
    void reconcileAsTheQueueGrows() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Files.copy(RealWorld.photo("messi5.jpg"), shoot.resolve("messi5.jpg"));
        Regenerator regenerator = Services.await(Regenerator.class);
        RenderJob render = new RenderJob(Services.await(Retoucher.class), Variants.DEFAULT_MARKETS, null);
        System.out.println("| jobs in the queue | of them failed | reconcile, median of 11 | per job |");
        try (Catalog catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + dir.resolve("catalog.db"))) {
            long original = FolderImport.run(catalog, shoot).originals().get(0);
            int jobs = 0;
            for (int size : List.of(1_000, 5_000, 10_000)) {
                for (; jobs < size; jobs++) {
                    boolean failed = jobs % 10 == 0;
                    regenerator.submit(catalog, List.of(original), Recipes.shipped().get(0), jobs, "bench", 1);
                    Job job = catalog.jobs().claim("bench:1", 1).get(0);
                    if (failed) {
                        catalog.jobs().fail(job, "the bench fails one in ten");
                    } else {
                        catalog.jobs().complete(job, placed(render.target(catalog, job)));
                    }
                }
                double[] took = new double[11];
                for (int i = 0; i < took.length; i++) {
                    long s = System.nanoTime();
                    Reconcile.run(catalog, render, "bench:2");
                    took[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(took);
                double median = took[took.length / 2];
                System.out.printf("| %,d | %,d | %.0f ms | %.3f ms |%n", size, size / 10, median, median / size);
            }
        }
    }

    /** A variant's file put where its render would have put it. */
    private static Rendered placed(RenderJob.Target t) throws Exception {
        Path file = Files.createDirectories(t.folder()).resolve(t.base() + "." + t.format().extension());
        Files.write(file, t.base().getBytes());
        String path = t.into().folder().relativize(file).toString();
        return new Rendered(t.into(), path, new FileFacts(Files.size(file), 0, t.base(), t.format().extension(), 1, 1), file.getFileName().toString(), true);
    }
}
