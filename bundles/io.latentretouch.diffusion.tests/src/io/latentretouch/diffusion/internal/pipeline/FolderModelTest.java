package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.DiffusionModels;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.testing.TinyDiffusion;
import io.latentretouch.diffusion.testing.TinyDiffusion.Export;
import io.latentretouch.diffusion.testing.TinyFolderModel;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Task;
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
        TinyDiffusion.removeFolder(TinyFolderModel.folder(), ID);
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
        Path weights = TinyFolderModel.folder().resolve(ID + "/unet/model.onnx_data");
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
        TinyDiffusion.installFolder(TinyFolderModel.folder(), ID, Export.INT64_VECTOR, Map.of(), changes);
    }
}
