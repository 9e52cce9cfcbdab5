package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: regenerating is crash-safe. Three real photographs (astronaut.png, baboon.jpg, messi5.jpg) at 60 seeds
 * each make 180 jobs in an embedded catalog (more than the killed runs can finish, however fast the machine), worked by the headless distribution, which is killed over and over: 20
 * times halted as kill -9 would at each fault point of the protocol in turn (after the temporary file is written,
 * after the rename, before the commit, after the commit: 5 each) and 30 times killed with SIGKILL at a random moment;
 * then run to the end. Afterwards every job succeeded exactly once (one success in the journal each), exactly one
 * variant file per job under the name its key gives it and nothing else in the variants folders but their sidecars
 * and labelled copies, no temporary file, every original's bytes unchanged, and {@code PRAGMA integrity_check} ok; the
 * journal says that a variant renamed into place before a halted commit was found there and kept.
 */
class CrashSafetyIT {

    private static final Path SCRIPT = Path.of(System.getProperty("latentretouch.home"), "bin", "latent-retouch");
    private static final String[] POINTS = {"AFTER_TEMP_WRITE", "AFTER_RENAME", "BEFORE_COMMIT", "AFTER_COMMIT"};
    private static final int SEEDS = 60;
    private static final int HALTS = 20;
    private static final int KILLS = 30;

    @TempDir
    Path work;

    @Test
    void killedAtEveryPointAndAtRandomItMakesEveryVariantExactlyOnce() throws Exception {
        Path shoot = Files.createDirectories(work.resolve("shoot"));
        Map<Path, String> originals = new HashMap<>();
        for (String name : List.of("astronaut.png", "baboon.jpg", "messi5.jpg")) {
            Path copy = Files.copy(photo(name), shoot.resolve(name));
            originals.put(copy, sha256(copy));
        }
        Path catalog = work.resolve("catalog.db");
        List<String> args = new ArrayList<>(List.of("regenerate", "--catalog", "jdbc:sqlite:" + catalog, "--recipe", "editorial natural", "--seed",
                "1.." + SEEDS, "--attempts", "100", "--heartbeat", "0.2", "--stale", "1"));
        Map<String, Integer> halted = new HashMap<>();
        for (int i = 0; i < HALTS; i++) {
            String point = POINTS[i % POINTS.length];
            List<String> run = new ArrayList<>(args);
            if (i == 0) {
                run.add(shoot.toString());
            }
            Process p = start(run, "-Dio.latentretouch.jobs.crash=" + point + " -Dio.latentretouch.jobs.crash.at=2");
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a halted run ended");
            assertEquals(137, p.exitValue(), "run " + i + " halted at " + point);
            halted.merge(point, 1, Integer::sum);
        }
        Random random = new Random(12);
        int killed = 0;
        for (int i = 0; killed < KILLS && i < 3 * KILLS; i++) {
            Process p = start(args, "");
            if (!p.waitFor(1500 + random.nextInt(2500), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                killed++;
            }
        }
        Process last = start(args, "");
        assertTrue(last.waitFor(300, TimeUnit.SECONDS));
        List<String> log = Files.readAllLines(work.resolve("runs.log"), StandardCharsets.UTF_8);
        String output = log.isEmpty() ? "" : log.get(log.size() - 1);
        assertEquals(0, last.exitValue(), output);
        System.out.printf("crash safety: halted %s, killed %d times, then the last run: %s%n", halted, killed, output.strip());
        for (String point : POINTS) {
            assertTrue(halted.getOrDefault(point, 0) >= 5, point + " hit " + halted.get(point) + " times");
        }
        assertEquals(KILLS, killed, "the random kills landed while there was work");
        assertDoneOnce(catalog, shoot, 3 * SEEDS);
        // each run halted after a rename and before its commit left a variant in place that a later claim kept
        int kept = halted.get("AFTER_RENAME") + halted.get("BEFORE_COMMIT");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM journal WHERE event = 'found'")) {
            r.next();
            assertTrue(r.getInt(1) >= kept, r.getInt(1) + " variants found in place, for " + kept + " halts between rename and commit");
        }
        for (Map.Entry<Path, String> e : originals.entrySet()) {
            assertEquals(e.getValue(), sha256(e.getKey()), e.getKey() + " is untouched");
        }
    }

    private static void assertDoneOnce(Path catalog, Path shoot, int jobs) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
            Map<String, Integer> states = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT state, COUNT(*) FROM job GROUP BY state")) {
                while (r.next()) {
                    states.put(r.getString(1), r.getInt(2));
                }
            }
            assertEquals(Map.of("succeeded", jobs), states, "every job succeeded");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT job_id) FROM journal WHERE event = 'succeeded'")) {
                r.next();
                assertEquals(jobs, r.getInt(1), "one success each in the journal");
                assertEquals(jobs, r.getInt(2));
            }
            Set<String> recorded = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT path FROM file WHERE role = 'render'")) {
                while (r.next()) {
                    recorded.add(r.getString(1));
                }
            }
            assertEquals(jobs, recorded.size(), "one file row per variant");
            Set<String> onDisk = new HashSet<>();
            List<Path> temporary = new ArrayList<>();
            try (Stream<Path> all = Files.walk(shoot)) {
                for (Path f : all.filter(Files::isRegularFile).filter(f -> f.getParent().getFileName().toString().endsWith(".variants")).toList()) {
                    String name = f.getFileName().toString();
                    if (name.contains(".part")) {
                        temporary.add(f);
                    } else if (!name.endsWith(".xmp") && !name.contains("-labelled")) {
                        onDisk.add(shoot.relativize(f).toString());
                    }
                }
            }
            assertEquals(List.of(), temporary, "no temporary file left");
            assertEquals(recorded, onDisk, "exactly the recorded variants are on disk, no duplicate");
        }
    }

    private Process start(List<String> args, String javaOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        b.environment().put("LR_JAVA_OPTS", javaOptions);
        b.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("runs.log").toFile()));
        return b.start();
    }

    /** A real photograph fetched by the build (releng/real-world/fetch.sh). */
    private static Path photo(String name) throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(System.getProperty("lr.realworld")))) {
            return all.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IOException(name + " is not among the real photographs; run releng/real-world/fetch.sh"));
        }
    }

    private static String sha256(Path file) throws Exception {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }
}
