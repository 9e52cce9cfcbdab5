package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution as a user runs it: its script, its exit codes, its output. */
class DistributionIT {

    private static final Path SCRIPT = Path.of(System.getProperty("latentretouch.home"), "bin", "latent-retouch");

    @TempDir
    Path work;

    @Test
    void checkExitsZeroAfterRunningEveryModel() throws Exception {
        Run run = runCommand("check");
        assertEquals(0, run.code, run.output);
        assertTrue(run.output.contains("check: all"), run.output);
    }

    @Test
    void anUnknownCommandExitsTwoWithOneClearLine() throws Exception {
        Run run = runCommand("no-such-command");
        assertEquals(2, run.code, run.output);
        assertTrue(run.output.strip().lines().anyMatch(l -> l.startsWith("latent-retouch: unknown command 'no-such-command'")), run.output);
    }

    @Test
    void withoutArgumentsTheMainJobRetouchesTheSampleShoot() throws Exception {
        Run run = run();
        assertEquals(0, run.code, run.output);
        Path shoot = work.resolve("latent-retouch-shoot");
        assertTrue(Files.isRegularFile(shoot.resolve("contact-sheet.png")), run.output);
        assertTrue(Files.isRegularFile(shoot.resolve("portrait-light.variants/portrait-light-e-commerce-clean-20261128.jpg")), run.output);
        assertTrue(Files.isRegularFile(shoot.resolve("garment-linen-shirt.variants/garment-linen-shirt-editorial-natural-20261128.tif")), run.output);
        assertTrue(run.output.contains("feature detail / pore texture"), run.output);
        assertTrue(!run.output.contains("WARNING") && !run.output.contains("INFO") && !run.output.contains("[W:onnxruntime"),
                "no log noise on the console: " + run.output);
    }

    @Test
    void withFilesItRetouchesThemAndReportsAMissingOneWithoutStopping() throws Exception {
        run();
        Path shoot = work.resolve("latent-retouch-shoot");
        Run run = run("--recipe", "editorial natural", shoot.resolve("portrait-deep.jpg").toString(), shoot.resolve("gone.jpg").toString());
        assertEquals(1, run.code, run.output);
        assertTrue(run.output.contains("portrait-deep.jpg") && run.output.contains("gone.jpg") && run.output.contains("does not exist"), run.output);
        Run bad = run("--recipe", "no-such-look");
        assertEquals(2, bad.code);
        assertTrue(bad.output.contains("the shipped ones are [e-commerce clean, editorial natural]"), bad.output);
    }

    /**
     * Issue 14: a models folder holding a folder its user may not read: {@code check} names it as a problem (exit 1) and
     * still runs every shipped model. Run as an unprivileged user: as root, as nobody through {@code setpriv}, from a
     * copy of the distribution that user can read.
     */
    @Test
    void aModelsFolderItsUserCannotReadIsReportedAndTheShippedModelsStillRun() throws Exception {
        Path shared = Files.createTempDirectory("lr-unreadable");
        Path locked = shared.resolve("models").resolve("locked");
        try {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path models = Files.createDirectories(shared.resolve("models"));
            Files.writeString(Files.createDirectories(locked).resolve("someone-elses.json"), "{}");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Path home = Files.createDirectories(shared.resolve("home"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
            List<String> command = new ArrayList<>();
            Path script = SCRIPT;
            if ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0) {
                Path copy = shared.resolve("distribution");
                Process cp = new ProcessBuilder("cp", "-a", SCRIPT.getParent().getParent().toString(), copy.toString()).inheritIO().start();
                assertEquals(0, cp.waitFor());
                script = copy.resolve("bin").resolve("latent-retouch");
                command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            }
            command.addAll(List.of(script.toString(), "check"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
            pb.environment().put("HOME", home.toString());
            pb.environment().put("LR_JAVA_OPTS", "-Dio.latentretouch.models.folder=" + models + " -Djava.io.tmpdir=" + home);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "check did not finish");
            assertEquals(1, p.exitValue(), output);
            assertTrue(output.contains("refused: Cannot list the models folder " + models + ": AccessDeniedException " + locked), output);
            assertTrue(output.contains("check: 1 problem(s)"), output);
            assertTrue(output.lines().anyMatch(l -> l.startsWith("model ") && l.contains(" ran in ")), output);
            assertTrue(output.lines().filter(l -> l.startsWith("model ")).noneMatch(l -> l.contains("FAILED")), output);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.walk(shared)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private record Run(int code, String output) {
    }

    /** The script with exactly these arguments. */
    private Run runCommand(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the distribution did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The main job ({@code retouch}) with these arguments. */
    private Run run(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("retouch"));
        all.addAll(List.of(args));
        return runCommand(all.toArray(String[]::new));
    }
}
