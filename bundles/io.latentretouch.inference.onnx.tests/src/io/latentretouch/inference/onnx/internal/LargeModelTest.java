package io.latentretouch.inference.onnx.internal;

import static io.latentretouch.inference.DType.FLOAT32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.internal.defaults.GenerateModels;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 13: a model whose weights sit in an external data file over 2 GiB (sparse, 2.5 GB) registers, is hashed in
 * constant memory, opens from its path with ONNX Runtime reading the weights itself, and a tampered weights file is
 * refused by name. Before, such a file threw an error out of the scan and no folder model registered at all.
 */
class LargeModelTest {

    private static final String ID = "test.large";
    private static final String DATA = ID + ".onnx_data";
    private static final long SIZE = 2_500_000_000L;
    private static final long OFFSET = 2_100_000_000L;
    private static final float[] WEIGHTS = {0.5f, -1f, 2f, 8f};
    private static final long HEAP_BUDGET = 256L << 20;

    @AfterEach
    void remove() throws Exception {
        for (String file : List.of(ID + ".onnx", ID + ".json", DATA)) {
            Files.deleteIfExists(FolderModels.folder().resolve(file));
        }
        Services.await(ModelRegistry.class).refresh();
    }

    @Test
    void gigabytesOfExternalWeightsRegisterInConstantMemoryOpenFromThePathAndTamperingIsRefused() throws Exception {
        Path folder = FolderModels.folder();
        Path data = folder.resolve(DATA);
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.setLength(SIZE);
            f.seek(OFFSET);
            ByteBuffer w = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            w.asFloatBuffer().put(WEIGHTS);
            f.write(w.array());
        }
        GraphBuilder g = new GraphBuilder("x + w");
        String w = g.externalFloats("w", DATA, OFFSET, 4, 1, 4);
        g.output(g.op("Add", g.input("x", FLOAT32, "1", "4"), w).out(), "y", FLOAT32, "1", "4");
        ModelManifest manifest = new ModelManifest(ID, "1.0", "skin-detail", "latent-retouch", ID + ".onnx", null,
                "Apache-2.0", "test", "algorithmic", List.of(FolderModels.spec("x", "float32", "1", "4")),
                List.of(FolderModels.spec("y", "float32", "1", "4")), Map.of(), Map.of(DATA, sha256(data)));
        GenerateModels.write(g.model("test", "1", "external weights").toByteArray(), manifest, folder);

        ModelRegistry registry = Services.await(ModelRegistry.class);
        long peak = peakHeapGrowthWhile(registry::refresh);
        ModelDescriptor model = registry.require(ID);
        assertTrue(peak < HEAP_BUDGET, "the heap grew by " + (peak >> 20) + " MB while hashing 2.5 GB");
        assertEquals(SIZE + Files.size(folder.resolve(ID + ".onnx")), registry.file(model).orElseThrow().bytes());

        InferenceService service = Services.await(InferenceService.class);
        float[] y = new float[4];
        service.run(model, Map.of("x", Tensor.ofFloats(new float[] {1, 2, 3, 4}, 1, 4)), RunMonitor.NONE).get("y")
                .floats().get(y);
        assertArrayEquals(new float[] {1.5f, 1f, 5f, 12f}, y);

        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.seek(1_000_000_000L);
            f.write(1);
        }
        InferenceException e = assertThrows(InferenceException.class, () -> registry.file(model));
        assertEquals(Code.HASH_MISMATCH, e.code());
        assertTrue(e.getMessage().contains(DATA), e.getMessage());
        registry.refresh();
        assertTrue(registry.find(ID).isEmpty(), "a model with a tampered weights file must not be registered");
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains(DATA) && p.contains("manifest pins")),
                registry.problems().toString());
    }

    /** How far the used heap rose above where it was while {@code work} ran, sampled every 5 ms. */
    private static long peakHeapGrowthWhile(Runnable work) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            work.run();
        } finally {
            done.set(true);
            sampler.join();
        }
        return peak.get() - before;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
