package io.latentretouch.inference.models.internal.registry;

import static io.latentretouch.inference.DType.FLOAT32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.ModelInstallation;
import io.latentretouch.inference.models.ModelManager;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.testing.Services;

/**
 * Installing models as studio IT does: a file of a public family is copied into the models folder with a manifest
 * whose family and task come from the inputs and outputs the engine reads (the real BlazeFace among them), pinned by
 * its hash; a folder becomes a diffusers model; what fits no family, a taken id and a shipped model's removal are
 * refused and leave nothing behind.
 */
class ModelManagerTest {

    @TempDir
    Path dir;

    @Test
    void aLamaFileIsDetectedCopiedPinnedAndRemovedAgain() throws Exception {
        Path source = write("lama.onnx", lama());
        ModelDescriptor m = manager().install(source, details("studio.lama", Map.of()));
        assertEquals("lama", m.family());
        assertEquals(Task.INPAINT, m.task());
        assertEquals(Origin.TRAINED, m.origin());
        Path copy = models().resolve("studio.lama.onnx");
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));
        assertEquals(Sha256.of(Files.readAllBytes(source)), m.sha256());
        assertTrue(manager().removable(m));
        assertEquals(m.contract().inputs().size(), Services.await(InferenceService.class).load(m).inputs().size(), "it loads");
        manager().remove("studio.lama");
        assertTrue(registry().find("studio.lama").isEmpty());
        assertFalse(Files.exists(copy) || Files.exists(models().resolve("studio.lama.json")));
    }

    @Test
    void theShippedBlazeFaceInstalledAgainIsDetectedWithItsRange() throws Exception {
        ModelDescriptor shipped = registry().forTask(Task.FACE_DETECTION).stream().filter(d -> "short".equals(d.properties().get("range")))
                .findFirst().orElseThrow();
        ByteBuffer bytes = registry().read(shipped);
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        try {
            ModelDescriptor m = manager().install(write("face.tflite.onnx", copy), details("studio.blazeface", Map.of()));
            assertEquals("blazeface", m.family());
            assertEquals(Task.FACE_DETECTION, m.task());
            assertEquals("short", m.properties().get("range"));
            assertFalse(manager().removable(shipped), "the shipped one stays");
            InferenceException e = assertThrows(InferenceException.class, () -> manager().remove(shipped.id()));
            assertTrue(e.getMessage().contains("ships with Latent Retouch and cannot be removed"), e.getMessage());
        } finally {
            manager().remove("studio.blazeface");
        }
    }

    @Test
    void aModelOfNoFamilyATakenIdAndNoOriginAreRefusedLeavingNothing() throws Exception {
        GraphBuilder g = new GraphBuilder("odd");
        g.output(g.op("Identity", g.input("pixels", FLOAT32, "1", "3", "H", "W")).out(), "same", FLOAT32, "1", "3", "H", "W");
        Path odd = write("odd.onnx", g.model("test", "1", "odd").toByteArray());
        InferenceException e = assertThrows(InferenceException.class, () -> manager().install(odd, details("studio.odd", Map.of())));
        assertEquals(InferenceException.Code.CONTRACT_MISMATCH, e.code());
        assertTrue(e.getMessage().contains("fits none of the families") && e.getMessage().contains("lama"), e.getMessage());
        InferenceException notAModel = assertThrows(InferenceException.class,
                () -> manager().install(Files.writeString(dir.resolve("notes.onnx"), "not a model"), details("studio.notes", Map.of())));
        assertEquals(InferenceException.Code.MODEL_UNREADABLE, notAModel.code());
        try (Stream<Path> files = Files.list(models())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("studio.")), "nothing is left in the models folder");
        }
        InferenceException taken = assertThrows(InferenceException.class,
                () -> manager().install(write("lama.onnx", lama()), details("lr.skin-detail", Map.of())));
        assertTrue(taken.getMessage().contains("already installed"), taken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelInstallation("x", "1", "MIT", "", Origin.TRAINED, Map.of()));
    }

    @Test
    void aDiffusersFolderIsInstalledWholeWithEveryFilePinned() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sd"));
        Files.writeString(folder.resolve("model_index.json"), "{}");
        for (String c : List.of("text_encoder", "unet", "vae_decoder")) {
            Files.write(Files.createDirectories(folder.resolve(c)).resolve("model.onnx"), lama());
        }
        Files.writeString(Files.createDirectories(folder.resolve("scheduler")).resolve("scheduler_config.json"), "{}");
        ModelDescriptor m = manager().install(folder, details("studio.sd", Map.of("adapter", "lighting")));
        try {
            assertEquals(Task.GENERATION, m.task());
            assertEquals("lighting", m.properties().get("adapter"));
            assertEquals(Task.DENOISER, registry().require("studio.sd/unet").task());
            assertArrayEquals(lama(), Files.readAllBytes(models().resolve("studio.sd/unet/model.onnx")));
            InferenceException component = assertThrows(InferenceException.class, () -> manager().remove("studio.sd/unet"));
            assertTrue(component.getMessage().contains("component of the folder model 'studio.sd'"), component.getMessage());
        } finally {
            manager().remove("studio.sd");
        }
        assertFalse(Files.exists(models().resolve("studio.sd")));
    }

    private static ModelInstallation details(String id, Map<String, String> properties) {
        return new ModelInstallation(id, "2.0", "Apache-2.0", "a test export", Origin.TRAINED, properties);
    }

    /** LaMa's layout: image and mask at 512, the image back. */
    private static byte[] lama() {
        GraphBuilder g = new GraphBuilder("lama");
        String image = g.input("image", FLOAT32, "B", "3", "512", "512");
        g.input("mask", FLOAT32, "B", "1", "512", "512");
        g.output(g.op("Identity", image).out(), "output", FLOAT32, "B", "3", "512", "512");
        return g.model("test", "1", "lama").toByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static ModelManager manager() throws Exception {
        return Services.await(ModelManager.class);
    }

    private static ModelRegistry registry() throws Exception {
        return Services.await(ModelRegistry.class);
    }

    private static Path models() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
    }
}
