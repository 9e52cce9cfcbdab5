package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelFile;

/**
 * A descriptor and the files its bytes come from (a bundle entry, or a file with any external data files beside it),
 * each pinned by its SHA-256. Files on disk are hashed by streaming and hashed again only when their size or
 * modification time changed. Thread-safe.
 */
final class RegisteredModel {

    /** What a file on disk looked like when its hash was last found right. */
    private record Stamp(long size, long modified) {
    }

    /** A file's hash and how the file looked when it had it. */
    record Hashed(Stamp stamp, String sha256) {
    }

    private static final long MAX_BUFFER = Integer.MAX_VALUE - 8;

    private final ModelDescriptor descriptor;
    private final boolean embedded;
    private final Map<URL, String> pinned;
    private final Map<URL, Hashed> verified;

    /**
     * @param pinned   every file of the model with its SHA-256, the model file itself first
     * @param embedded whether it ships inside a bundle (rather than the models folder)
     * @param verified the files hashed before and how they looked, shared with the other models of the registry
     */
    RegisteredModel(ModelDescriptor descriptor, Map<URL, String> pinned, boolean embedded, Map<URL, Hashed> verified) {
        this.descriptor = descriptor;
        this.pinned = pinned;
        this.embedded = embedded;
        this.verified = verified;
    }

    ModelDescriptor descriptor() {
        return descriptor;
    }

    boolean embedded() {
        return embedded;
    }

    /** Hashes every file that changed since it was last verified. @throws InferenceException naming the file */
    void verify() throws InferenceException {
        for (Map.Entry<URL, String> file : pinned.entrySet()) {
            Optional<Path> path = path(file.getKey());
            Stamp now = path.isPresent() ? stamp(path.get(), file.getKey()) : null;
            if (now != null && new Hashed(now, file.getValue()).equals(verified.get(file.getKey()))) {
                continue;
            }
            String actual;
            try (InputStream in = file.getKey().openStream()) {
                actual = Sha256.of(in);
            } catch (IOException e) {
                throw unreadable(file.getKey(), e);
            }
            if (!actual.equals(file.getValue())) {
                verified.remove(file.getKey());
                throw mismatch(file.getKey(), actual, file.getValue());
            }
            if (now != null) {
                verified.put(file.getKey(), new Hashed(now, actual));
            }
        }
    }

    /** The model file, verified, when it is on disk. */
    Optional<ModelFile> file() throws InferenceException {
        URL main = pinned.keySet().iterator().next();
        Optional<Path> path = path(main);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        verify();
        long bytes = 0;
        for (URL url : pinned.keySet()) {
            bytes += stamp(path(url).orElseThrow(), url).size();
        }
        return Optional.of(new ModelFile(path.get(), bytes));
    }

    /** Reads the model file into a direct buffer and checks it against the manifest's hash. */
    ByteBuffer readVerified() throws InferenceException {
        URL main = pinned.keySet().iterator().next();
        Optional<Path> path = path(main);
        if (path.isPresent() && stamp(path.get(), main).size() > MAX_BUFFER) {
            throw new InferenceException(Code.MODEL_UNREADABLE, "Model file " + main
                    + " is over 2 GiB, more than one buffer holds: open it from its path");
        }
        byte[] bytes;
        try (InputStream in = main.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(main, e);
        }
        String actual = Sha256.of(bytes);
        if (!actual.equals(pinned.get(main))) {
            throw mismatch(main, actual, pinned.get(main));
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        direct.put(bytes).flip();
        return direct;
    }

    private static Optional<Path> path(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Optional.of(Path.of(url.toURI())) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Stamp stamp(Path path, URL url) throws InferenceException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw unreadable(url, e);
        }
    }

    private static InferenceException mismatch(URL url, String actual, String pinned) {
        return new InferenceException(Code.HASH_MISMATCH, "Model file " + url + " has SHA-256 " + actual
                + " but its manifest pins " + pinned + "; the file was refused");
    }

    private static InferenceException unreadable(URL url, IOException e) {
        return new InferenceException(Code.MODEL_UNREADABLE, "Cannot read model file " + url + ": " + e.getMessage(), e);
    }
}
