package io.latentretouch.inference.onnx.internal;

import static io.latentretouch.inference.DType.FLOAT32;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.Manifests;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.models.internal.registry.Sha256;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 14: the registry follows its models folder without a restart or a refresh: a model copied in slowly is not
 * read half-written, appears once the copy is done, and goes when its files are removed.
 */
class FolderWatchTest {

    private static final String ID = "test.watched";

    @Test
    void aModelCopiedInAppearsOnceTheCopyIsDoneAndGoesWhenRemoved() throws Exception {
        GraphBuilder g = new GraphBuilder("identity");
        g.output(g.input("x", FLOAT32, "1", "N"), "y", FLOAT32, "1", "N");
        byte[] model = g.model("test", "1", "y = x").toByteArray();
        byte[] padded = Arrays.copyOf(model, 64 * 1024); // long enough to copy in pieces; ONNX ignores the zeros
        Path folder = FolderModels.folder();
        ModelManifest manifest = new ModelManifest(ID, "1.0", "skin-detail", "latent-retouch", ID + ".onnx",
                Sha256.of(padded), "Apache-2.0", "test", "algorithmic", List.of(FolderModels.spec("x", "float32", "1", "N")),
                List.of(FolderModels.spec("y", "float32", "1", "N")), java.util.Map.of(), null);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        Path file = folder.resolve(ID + ".onnx");
        try {
            try (Writer w = Files.newBufferedWriter(folder.resolve(ID + ".json"), StandardCharsets.UTF_8)) {
                Manifests.write(manifest, w);
            }
            // a slow copy: a piece every 400 ms, for more than two of the watcher's looks
            int pieces = 8;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < pieces; i++) {
                    out.write(padded, i * padded.length / pieces, (i + 1) * padded.length / pieces - i * padded.length / pieces);
                    out.flush();
                    Thread.sleep(400);
                    assertFalse(registry.problems().stream().anyMatch(p -> p.contains(ID)),
                            "the half-copied file was read: " + registry.problems());
                }
            }
            assertTrue(within(10_000, () -> registry.find(ID).isPresent()), "the copied model did not appear");
            assertTrue(registry.problems().stream().noneMatch(p -> p.contains(ID)), registry.problems().toString());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve(ID + ".json"));
        }
        assertTrue(within(10_000, () -> registry.find(ID).isEmpty()), "the removed model is still registered");
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
