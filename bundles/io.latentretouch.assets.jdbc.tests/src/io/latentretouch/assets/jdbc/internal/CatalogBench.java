package io.latentretouch.assets.jdbc.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.JobSpec;
import io.latentretouch.assets.Label;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.assets.VariantKey;
import io.latentretouch.inference.testing.Services;

/**
 * Benchmark, run on demand ({@code -Dbench=true -Dtest=CatalogBench}, see docs/BENCHMARKS.md): the job queue's own
 * time per job (submit, claim, heartbeat, fenced commit with its asset, file, stack and journal rows) and a full-text
 * search, a Library filter and one screen of cells over 100,000 assets, on SQLite (full syncs) and on the build's PostgreSQL.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CatalogBench {

    private static final int JOBS = 2000;
    private static final int ASSETS = 100_000;

    @Test
    void sqlite() throws Exception {
        Path dir = Files.createTempDirectory("catalog-bench");
        run("SQLite", "jdbc:sqlite:" + dir.resolve("catalog.db"));
    }

    @Test
    void postgresql() throws Exception {
        run("PostgreSQL", new PostgresCatalogTest().freshUrl());
    }

    private static void run(String name, String url) throws Exception {
        double submit;
        double[] each = new double[JOBS];
        try (Catalog catalog = Services.await(Catalogs.class).open(url)) {
            Root root = catalog.root(Path.of("/bench"), RootKind.LOCAL);
            Asset source = catalog.addOriginal(root, "source.jpg", new FileFacts(1, 1, "src", "jpeg", 1, 1));
            List<JobSpec> specs = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                specs.add(new JobSpec(source.id(), new VariantKey("src", "recipe", i, "models", null, "jpeg"), "{}", 3));
            }
            long t = System.nanoTime();
            catalog.jobs().submit("bench", "bench", specs);
            submit = (System.nanoTime() - t) / 1e6 / JOBS;
            for (int i = 0; i < JOBS; i++) {
                long s = System.nanoTime();
                Job j = catalog.jobs().claim("bench:1", 1).get(0);
                catalog.jobs().heartbeat(j);
                catalog.jobs().complete(j, new Rendered(root, "v/" + i + ".jpg", new FileFacts(1, 1, "v" + i, "jpeg", 1, 1), "v" + i, true));
                each[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(each);
        fill(url);
        double[] search = new double[21];
        double[] library = new double[21];
        double[] screen = new double[21];
        int found = 0;
        int shown = 0;
        try (Catalog catalog = Services.await(Catalogs.class).open(url)) {
            for (int i = 0; i < search.length; i++) {
                long s = System.nanoTime();
                found = catalog.search("look " + (1000 + 37 * i)).size();
                search[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                List<Long> stacks = catalog.stacks(new Filter("", 1 + i % 5, Label.NONE, "", false));
                library[i] = (System.nanoTime() - s) / 1e6;
                shown = stacks.size();
                s = System.nanoTime();
                int from = i * 700 % (stacks.size() - 200);
                catalog.cells(stacks.subList(from, from + 200));
                screen[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(search);
        Arrays.sort(library);
        Arrays.sort(screen);
        System.out.printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.1f ms (%d found) | %.1f ms (%d, last run) | %.1f ms |%n", name, submit, each[JOBS / 2],
                each[JOBS * 99 / 100], search[search.length / 2], found, library[library.length / 2], shown, screen[screen.length / 2]);
    }

    /**
     * 100,000 more assets named {@code look <n>}, rated 0 to 5 in turn, each in its own stack with a file, in one transaction of its own
     * connection (the bench's fixture, not the import's path).
     */
    private static void fill(String url) throws Exception {
        Dialect dialect = Dialect.of(url);
        try (Connection c = new Connections(url, dialect).open()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO asset (uuid, kind, name, rating, added_at) VALUES (?, 'original', ?, ?, 0) RETURNING id")) {
                for (int i = 0; i < ASSETS; i++) {
                    s.setString(1, "uuid:bench-" + i);
                    s.setString(2, "look " + i);
                    s.setInt(3, i % 6);
                    try (var r = s.executeQuery()) {
                        r.next();
                        long asset = r.getLong(1);
                        dialect.index(c, asset, "look " + i);
                        long stack = Store.insert(c, "INSERT INTO stack (uuid, pick_asset_id) VALUES (?, ?)", "bench-" + i, asset);
                        Store.update(c, "INSERT INTO stack_member (stack_id, asset_id, position) VALUES (?, ?, 0)", stack, asset);
                        JdbcCatalog.addFile(c, asset, 1, "look-" + i + ".jpg", FileEntry.Role.ORIGINAL,
                                new FileFacts(1, 1, "bench-" + i, "jpeg", 1, 1));
                    }
                }
            }
            c.commit();
            if (dialect == Dialect.POSTGRESQL) {
                // what autovacuum does soon after a bulk load; without it the planner takes a fresh table for empty
                c.setAutoCommit(true);
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
        }
    }
}
