package io.latentretouch.inference.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.latentretouch.inference.ModelDescriptor;

/**
 * The optimised graphs ONNX Runtime wrote, one per model hash, level and provider, each sealed by its own SHA-256 in a
 * file beside it: a graph whose seal is missing or wrong (a write a crash cut short, a changed file) is thrown away and
 * made again, never loaded.
 */
final class GraphCache {

    private static final System.Logger LOG = System.getLogger(GraphCache.class.getName());

    private final Path dir;
    private final String level;

    GraphCache(Path dir, String level) {
        this.dir = dir;
        this.level = level.toLowerCase(Locale.ROOT);
    }

    /** Where the model's graph for the provider is kept. */
    Path file(ModelDescriptor model, String provider) {
        return dir.resolve(model.sha256() + "-" + level + "-" + provider + ".onnx");
    }

    /** The cached graph, when there is one whose seal holds; a broken one is deleted. */
    Optional<Path> trusted(ModelDescriptor model, String provider) {
        Path graph = file(model, provider);
        Path seal = sealOf(graph);
        try {
            if (Files.isRegularFile(graph) && Files.isRegularFile(seal)
                    && Files.readString(seal, StandardCharsets.US_ASCII).strip().equals(sha256(graph))) {
                return Optional.of(graph);
            }
            if (Files.deleteIfExists(graph)) {
                LOG.log(System.Logger.Level.WARNING, "The cached optimised graph " + graph
                        + " does not match its seal: it is made again");
            }
            Files.deleteIfExists(seal);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot check the cached graph " + graph + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Seals a graph ONNX Runtime has just written, so later sessions may load it. */
    void seal(Path graph) {
        try {
            if (Files.isRegularFile(graph)) {
                Path temp = Files.createTempFile(dir, "seal", ".tmp");
                Files.writeString(temp, sha256(graph), StandardCharsets.US_ASCII);
                Files.move(temp, sealOf(graph), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot seal the cached graph " + graph + ": " + e.getMessage());
        }
    }

    private static Path sealOf(Path graph) {
        return graph.resolveSibling(graph.getFileName() + ".sha256");
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
