package io.latentretouch.imaging.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The second readers and writers the tests call (exiftool, ImageMagick, libvips), run as processes. */
public final class Tools {

    private Tools() {
    }

    /**
     * The command's output, trimmed.
     *
     * @throws AssertionError naming the command and its output when it fails or takes over a minute
     */
    public static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + ": " + out);
        }
        return out;
    }
}
