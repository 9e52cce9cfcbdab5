package io.latentretouch.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
