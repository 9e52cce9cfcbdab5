package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: many hosts share one PostgreSQL catalog and its queue. 50 small images at 20 seeds make 1,000 jobs; three
 * headless processes work them at once (one submits first, two join), one of them is killed with SIGKILL midway and
 * the rest finish; then every job succeeded exactly once, by one of the workers, with exactly one file each.
 */
class ManyHostsIT {

    private static final Path SCRIPT = Path.of(System.getProperty("latentretouch.home"), "bin", "latent-retouch");
    private static final int IMAGES = 50;
    private static final int SEEDS = 20;

    @TempDir
    Path work;

    @Test
    void threeHostsShareTheQueueWithoutDuplicatesAndOneDyingLosesNothing() throws Exception {
        String url = System.getProperty("lr.postgres.url");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Path shoot = Files.createDirectories(work.resolve("shoot"));
        Random random = new Random(5);
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage img = new BufferedImage(48, 40, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 48; x++) {
                    img.setRGB(x, y, (200 + random.nextInt(40)) << 16 | (150 + random.nextInt(40)) << 8 | (120 + x));
                }
            }
            ImageIO.write(img, "png", shoot.resolve(String.format("look-%02d.png", i)).toFile());
        }
        List<String> join = List.of("regenerate", "--catalog", url, "--recipe", "editorial natural", "--seed", "1.." + SEEDS, "--heartbeat", "0.5",
                "--stale", "3");
        Process first = start(join, shoot, "host-a");
        waitForJobs(url);
        Process second = start(join, null, "host-b");
        Process third = start(join, null, "host-c");
        Thread.sleep(8000);
        second.destroyForcibly();
        second.waitFor();
        assertTrue(first.waitFor(600, TimeUnit.SECONDS) && third.waitFor(600, TimeUnit.SECONDS), "the others finished");
        // the killed host's last job is rescued by whoever runs next once its heartbeat is stale
        Thread.sleep(3500);
        Process sweep = start(join, null, "host-d");
        assertTrue(sweep.waitFor(300, TimeUnit.SECONDS));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(Map.of("succeeded", IMAGES * SEEDS), counts(s, "SELECT state, COUNT(*) FROM job GROUP BY state"));
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT job_id) FROM journal WHERE event = 'succeeded'")) {
                r.next();
                assertEquals(IMAGES * SEEDS, r.getInt(1), "one success each");
                assertEquals(IMAGES * SEEDS, r.getInt(2));
            }
            Map<String, Integer> byHost = counts(s, "SELECT actor, COUNT(*) FROM journal WHERE event = 'succeeded' GROUP BY actor");
            System.out.println("many hosts: successes per worker " + byHost);
            assertTrue(byHost.getOrDefault("host-a", 0) > 0 && byHost.getOrDefault("host-c", 0) > 0, "both survivors worked: " + byHost);
        }
        try (Stream<Path> all = Files.walk(shoot)) {
            long variants = all.filter(f -> f.getParent().getFileName().toString().endsWith(".variants"))
                    .map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".xmp") && !n.contains("-labelled") && !n.contains(".part")).count();
            assertEquals(IMAGES * SEEDS, variants, "one file per variant");
        }
    }

    private static Map<String, Integer> counts(Statement s, String sql) throws Exception {
        Map<String, Integer> m = new HashMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                m.put(r.getString(1), r.getInt(2));
            }
        }
        return m;
    }

    /** Until the first host has submitted every job. */
    private static void waitForJobs(String url) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM job")) {
                if (r.next() && r.getInt(1) == IMAGES * SEEDS) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                // the schema is not there yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the first host did not submit the jobs within 120 s");
    }

    private Process start(List<String> args, Path folder, String worker) throws IOException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(args);
        command.addAll(List.of("--worker", worker));
        if (folder != null) {
            command.add(folder.toString());
        }
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(worker + ".log").toFile())).start();
    }
}
