package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.DiffusionModels;
import io.latentretouch.diffusion.Fixtures;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.internal.pipeline.TinyDiffusion.Export;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.Manifests;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/**
 * A diffusers ONNX folder in the models folder registers as one model with its components (the UNet's weights in an
 * external data file), every file pinned by the manifest beside it, and generates; a tampered component, a missing
 * one and a tokenizer of another model are refused with their names.
 */
class FolderModelTest {

    private static final String ID = "tinysd";

    @AfterEach
    void remove() throws Exception {
        Path models = models();
        Files.deleteIfExists(models.resolve(ID + ".json"));
        if (Files.exists(models.resolve(ID))) {
            try (Stream<Path> files = Files.walk(models.resolve(ID))) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Services.await(ModelRegistry.class).refresh();
    }

    @Test
    void aFolderRegistersWithItsComponentsAndGenerates() throws Exception {
        install(Map.of());
        ModelRegistry registry = Services.await(ModelRegistry.class);
        ModelDescriptor folder = registry.require(ID);
        assertEquals(Task.GENERATION, folder.task());
        assertEquals(Task.DENOISER, registry.require(ID + "/unet").task());
        assertEquals(Task.LATENT_ENCODER, registry.require(ID + "/vae_encoder").task());
        assertTrue(registry.problems().isEmpty(), "the folder's own JSON files are not manifests: " + registry.problems());
        DiffusionModel model = DiffusionModels.load(folder, registry);
        PlanarImage image = Generators.of(model, Services.await(InferenceService.class)).generate(
                Generation.of("a photo of a cat", "", Sampler.EULER_ANCESTRAL, 4, 3f, 5, 32, 24), GenerationMonitor.NONE);
        assertEquals(32, image.width());
    }

    @Test
    void aTamperedComponentIsRefusedByName() throws Exception {
        install(Map.of());
        Path weights = models().resolve(ID + "/unet/model.onnx_data");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[0] ^= 1;
        Files.write(weights, bytes);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        registry.refresh();
        assertTrue(registry.find(ID).isEmpty() && registry.find(ID + "/unet").isEmpty());
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("unet/model.onnx_data")
                && p.contains("manifest pins")), registry.problems().toString());
    }

    @Test
    void aFolderWithoutADecoderIsRefusedSayingWhichComponentIsMissing() throws Exception {
        install(Map.of("vae_decoder/model.onnx", ""));
        ModelRegistry registry = Services.await(ModelRegistry.class);
        assertTrue(registry.find(ID).isEmpty());
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("has no vae_decoder/model.onnx")),
                registry.problems().toString());
    }

    @Test
    void aTokenizerOfAnotherModelIsRefused() throws Exception {
        install(Map.of("text_encoder/config.json", "{\"vocab_size\": 49409}"));
        ModelRegistry registry = Services.await(ModelRegistry.class);
        DiffusionException e = assertThrows(DiffusionException.class,
                () -> DiffusionModels.load(registry.require(ID), registry));
        assertEquals(Code.INVALID, e.code());
        assertTrue(e.getMessage().contains("the tokenizer has 49408 ids but the text encoder 49409"), e.getMessage());
    }

    /** Writes the folder and its manifest and rescans; a file given as "" is left out, others replace ours. */
    private static void install(Map<String, String> changes) throws Exception {
        Path root = Files.createDirectories(models().resolve(ID));
        Fixtures.folder("clip", Files.createDirectories(root.resolve("tokenizer")));
        write(root, "model_index.json", "{\"_class_name\": \"ORTStableDiffusionPipeline\"}");
        write(root, "scheduler/scheduler_config.json", Configs.SD15);
        write(root, "text_encoder/config.json", "{\"vocab_size\": 49408}");
        write(root, "vae_decoder/config.json", "{\"scaling_factor\": 0.18215}");
        model(root, "text_encoder", TinyDiffusion.textEncoder());
        model(root, "unet", TinyDiffusion.unet(Export.INT64_VECTOR, "model.onnx_data"));
        ByteBuffer half = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, 0.5f);
        Files.write(root.resolve("unet/model.onnx_data"), half.array());
        model(root, "vae_decoder", TinyDiffusion.vaeDecoder());
        model(root, "vae_encoder", TinyDiffusion.vaeEncoder());
        for (Map.Entry<String, String> c : changes.entrySet()) {
            if (c.getValue().isEmpty()) {
                Files.delete(root.resolve(c.getKey()));
            } else {
                write(root, c.getKey(), c.getValue());
            }
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(ID + "/" + root.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        String index = files.remove(ID + "/model_index.json");
        ModelManifest manifest = new ModelManifest(ID, "1.0", "generation", "diffusers", ID + "/model_index.json", index,
                "Apache-2.0", "tiny diffusers folder made by the test", "algorithmic", null, null, Map.of(), files);
        try (Writer w = Files.newBufferedWriter(models().resolve(ID + ".json"), StandardCharsets.UTF_8)) {
            Manifests.write(manifest, w);
        }
        Services.await(ModelRegistry.class).refresh();
    }

    private static void model(Path root, String component, GraphBuilder g) throws Exception {
        Files.createDirectories(root.resolve(component));
        Files.write(root.resolve(component + "/model.onnx"), g.model("test", "1", component).toByteArray());
    }

    private static void write(Path root, String file, String text) throws Exception {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private static Path models() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
