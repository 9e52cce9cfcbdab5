package io.latentretouch.imaging.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.latentretouch.imaging.testing.RealWorld;

/**
 * The decoding corpus: corpus/make.sh run once per test class on the real photograph, with the Debian tools that
 * write such files (ImageMagick, libtiff, libwebp, apngasm), and second decoders to compare with (libvips,
 * ImageMagick). A missing tool fails the test that needs it, naming the package.
 */
final class Corpus {

    private Corpus() {
    }

    /** Makes the corpus in {@code dir}; returns the folder holding the files. */
    static Path make(Path dir) throws IOException, InterruptedException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Path make = Fixtures.copy("corpus", "make.sh", scripts);
        Fixtures.copy("corpus", "ojpeg.py", scripts);
        Path out = dir.resolve("files");
        run(List.of("bash", make.toString(), RealWorld.photo("astronaut.png").toString(), out.toString()));
        return out;
    }

    /** Runs a tool; its output is in the failure message. */
    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " failed (install libvips-tools, imagemagick, libtiff-tools, webp,"
                    + " apngasm): " + new String(output, StandardCharsets.UTF_8));
        }
    }
}
