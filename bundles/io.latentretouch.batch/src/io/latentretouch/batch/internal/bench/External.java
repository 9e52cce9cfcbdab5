package io.latentretouch.batch.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The anchor tools a benchmark compares against, run as separate processes. */
final class External {

    static final String PYTHON = "/usr/bin/python3";
    static final String CONVERT = "/usr/bin/convert";

    private External() {
    }

    /** Runs a command and returns its standard output. @throws IOException with its output when it fails */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + out.strip());
        }
        return out;
    }

    /** Whether the Python module (e.g. {@code cv2}) can be imported. */
    static boolean python(String module) {
        try {
            return Files.isExecutable(Path.of(PYTHON)) && run(List.of(PYTHON, "-c", "import " + module)) != null;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static boolean exists(String executable) {
        return Files.isExecutable(Path.of(executable));
    }

    /** Median wall time in ms of a command, run {@code runs} times after a warm-up. */
    static double medianMillis(int runs, List<String> command) throws Exception {
        return Stopwatch.median(runs, () -> run(command));
    }
}
