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
        Run run = run("check");
        assertEquals(0, run.code, run.output);
        assertTrue(run.output.contains("check: all"), run.output);
    }

    @Test
    void anUnknownCommandExitsTwoWithOneClearLine() throws Exception {
        Run run = run("no-such-command");
        assertEquals(2, run.code, run.output);
        assertTrue(run.output.strip().lines().anyMatch(l -> l.startsWith("latent-retouch: unknown command 'no-such-command'")), run.output);
    }

    @Test
    void withoutArgumentsTheMainJobRunsAndWritesItsResult() throws Exception {
        Run run = run();
        assertEquals(0, run.code, run.output);
        assertTrue(Files.isRegularFile(work.resolve("latent-retouch-demo/skin-levels.png")), run.output);
        assertTrue(!run.output.contains("WARNING"), "no JVM warnings on the console: " + run.output);
    }

    private record Run(int code, String output) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the distribution did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
