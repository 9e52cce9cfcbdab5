package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.latentretouch.inference.Origin;
import io.latentretouch.inference.models.ModelInstallation;

/**
 * The files of installed models: copied into the models folder through a temporary file that is forced to disk and
 * renamed (hashed while copying, in constant memory), deleted when a model is removed.
 */
final class InstalledFiles {

    private static final String INDEX = "model_index.json";

    private InstalledFiles() {
    }

    /** Copies a file to {@code target}, which must not exist; returns the SHA-256 of what was copied. */
    static String copy(Path source, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), Sha256.digest());
                FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(java.nio.channels.Channels.newOutputStream(out));
            out.force(true);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes bytes to {@code target} in one step, replacing nothing. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            out.write(bytes);
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Copies a diffusers folder to {@code models/<id>/} and returns its manifest: {@code model_index.json} as its file,
     * every other file pinned in {@code "files"}. A copy that fails is removed.
     */
    static ModelManifest folder(Path source, Path models, ModelInstallation details) throws IOException {
        if (!Files.isRegularFile(source.resolve(INDEX))) {
            throw new IOException(source + " has no " + INDEX + ": a folder is installed only as a diffusers model");
        }
        Path root = models.resolve(details.id());
        Files.createDirectory(root);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(source)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                String relative = source.relativize(f).toString().replace('\\', '/');
                Files.createDirectories(root.resolve(relative).getParent());
                files.put(details.id() + "/" + relative, copy(f, root.resolve(relative)));
            }
        } catch (UncheckedIOException e) {
            // a folder in the source this user may not read, met as the walk goes
            deleteTree(root);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            deleteTree(root);
            throw e;
        }
        String index = files.remove(details.id() + "/" + INDEX);
        return new ModelManifest(details.id(), details.version(), "generation", "diffusers", details.id() + "/" + INDEX, index,
                details.licence(), details.source(), details.origin() == Origin.TRAINED ? "trained" : "algorithmic", null, null,
                details.properties(), files);
    }

    /** Deletes what a manifest installed: its file and the files it pins, or its whole folder. */
    static void delete(Path models, ModelManifest m) throws IOException {
        if (m.file().endsWith("/" + INDEX)) {
            deleteTree(models.resolve(m.file()).getParent());
            return;
        }
        Files.deleteIfExists(models.resolve(m.file()));
        for (String f : m.files() == null ? List.<String>of() : m.files().keySet()) {
            Files.deleteIfExists(models.resolve(f));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
