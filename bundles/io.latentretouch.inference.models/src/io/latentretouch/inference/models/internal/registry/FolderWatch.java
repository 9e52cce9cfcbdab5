package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Follows the models folder by polling it (network shares send no events): when a file was added, removed, resized
 * or touched, the registry rescans once nothing has changed for one more poll, so a model still being copied is not
 * read half-written.
 */
final class FolderWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());
    /** Deep enough for a diffusers folder's component files (models/sd/unet/model.onnx). */
    private static final int DEPTH = 4;

    private final Path folder;
    private final long millis;
    private final Runnable rescan;
    private final Thread thread;
    private Map<Path, List<Long>> applied;

    /** @param rescan called on the watching thread after a change has settled */
    FolderWatch(Path folder, long millis, Runnable rescan) {
        this.folder = folder;
        this.millis = millis;
        this.rescan = rescan;
        this.applied = snapshot(folder);
        this.thread = new Thread(this::follow, "Latent Retouch models folder");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        Map<Path, List<Long>> pending = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(millis);
                Map<Path, List<Long>> now = snapshot(folder);
                if (now.equals(applied)) {
                    pending = null;
                } else if (now.equals(pending)) {
                    LOG.log(System.Logger.Level.INFO, "the models folder " + folder + " changed: rescanning");
                    rescan.run();
                    applied = now;
                    pending = null;
                } else {
                    pending = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every file's size and modification time; empty while the folder is missing or cannot be listed. */
    static Map<Path, List<Long>> snapshot(Path folder) {
        Map<Path, List<Long>> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder, DEPTH)) {
            all.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        files.put(p, List.of(a.size(), a.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a file removed while listing, or a folder that cannot be read: the next poll sees it as it is then
            return Map.of();
        }
        return files;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(millis + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
