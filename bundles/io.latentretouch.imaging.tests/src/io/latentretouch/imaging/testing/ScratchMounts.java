package io.latentretouch.imaging.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small tmpfs mounts, to make a disk really full or really read-only (permissions do not stop root, a mount does).
 * Needs root: CI runs as root and so always runs these tests; elsewhere they are skipped.
 */
public final class ScratchMounts implements AutoCloseable {

    private final Path dir;

    private ScratchMounts(Path dir) {
        this.dir = dir;
    }

    /** A tmpfs of {@code kilobytes}, read-only when asked, after {@code prepare} has filled it. */
    public static ScratchMounts tmpfs(Path parent, int kilobytes, Prepare prepare, boolean readOnly) throws Exception {
        Path dir = Files.createDirectories(parent.resolve("mount"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString());
        assumeTrue(mounted || System.getenv("CI") != null, "needs root to mount a tmpfs");
        if (!mounted) {
            throw new IOException("cannot mount a tmpfs at " + dir + " (CI runs as root)");
        }
        ScratchMounts m = new ScratchMounts(dir);
        prepare.into(dir);
        if (readOnly && !run("mount", "-o", "remount,ro", dir.toString())) {
            m.close();
            throw new IOException("cannot remount " + dir + " read-only");
        }
        return m;
    }

    /** What to put on the mount before the test. */
    public interface Prepare {
        void into(Path dir) throws Exception;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws Exception {
        run("umount", dir.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
