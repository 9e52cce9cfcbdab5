package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/**
 * An SDXL folder (two text encoders, a UNet that takes text_embeds and time_ids) on tiny models of those signatures:
 * the context is the first encoder's features then the second's penultimate layer, per token; the pooled embedding
 * and the size conditioning reach the UNet; an empty negative prompt is zeros; the folder registers and generates.
 */
class SdxlTest {

    @RegisterExtension
    static final TinyFolderModel XL = new TinyFolderModel("tinyxl", Export.SDXL, Map.of());

    @Test
    void theUnetSeesBothEncodersJoinedPerTokenThePooledPromptAndTheSize() throws Exception {
        DiffusionModel model = model();
        assertNotNull(model.second(), "text_encoder_2 is read");
        InferenceService service = Services.await(InferenceService.class);
        Generation request = Generation.of("a photo of a dog", "", Sampler.DDIM, 4, 5f, 1, 32, 24);
        Context context = Prompts.context(service, model, request, true);
        float[] first = run(service, model, "text_encoder", "last_hidden_state", "a photo of a dog");
        float[] penultimate = run(service, model, "text_encoder_2", "hidden_states.1", "a photo of a dog");
        float[] pooled = run(service, model, "text_encoder_2", "text_embeds", "a photo of a dog");
        assertArrayEquals(Prompts.join(first, penultimate, 77), context.positive());
        assertArrayEquals(pooled, context.pooledPositive());
        assertArrayEquals(new float[context.positive().length], context.negative(), "an empty negative prompt is zeros");

        float[] latents = new float[4 * 3 * 4];
        for (int i = 0; i < latents.length; i++) {
            latents[i] = (float) Math.sin(i);
        }
        float[] e = Unet.load(service, model.unet()).predict(latents, new long[] {4, 3, 4}, 401, context, 1f, 0f);
        double size = (24 + 32 + 0 + 0 + 24 + 32) / 6.0 * 1e-3;
        double expected = mean(first) + 2 * mean(penultimate) + mean(pooled) + 401e-4 + size;
        for (int i = 0; i < e.length; i++) {
            assertEquals(0.5 * latents[i] + expected, e[i], 1e-4, "element " + i);
        }
        float[] guided = Unet.load(service, model.unet()).predict(latents, new long[] {4, 3, 4}, 401, context, 5f, 0f);
        double unconditional = 401e-4 + size;
        for (int i = 0; i < e.length; i++) {
            assertEquals(0.5 * latents[i] + unconditional + 5 * (expected - unconditional), guided[i], 1e-3, "guided " + i);
        }
    }

    @Test
    void theFolderGeneratesAndAPlainModelWithAnSdxlUnetIsRefused() throws Exception {
        DiffusionModel model = model();
        PlanarImage image = Generators.of(model, Services.await(InferenceService.class))
                .generate(Generation.of("a coat", "blurry", Sampler.EULER, 3, 4f, 2, 32, 24), GenerationMonitor.NONE);
        assertEquals(32, image.width());
        DiffusionModel single = new DiffusionModel(model.id(), model.tokenizer(), model.scheduler(), model.textEncoder(), model.unet(),
                model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        InferenceException e = assertThrows(InferenceException.class, () -> Generators.of(single, Services.await(InferenceService.class))
                .generate(Generation.of("a coat", "", Sampler.EULER, 3, 4f, 2, 32, 24), GenerationMonitor.NONE));
        assertTrue(e.getMessage().contains("takes SDXL's text_embeds and time_ids"), e.getMessage());
    }

    private static DiffusionModel model() throws Exception {
        ModelRegistry registry = Services.await(ModelRegistry.class);
        return DiffusionModels.load(registry.require(XL.id()), registry);
    }

    private static float[] run(InferenceService service, DiffusionModel model, String component, String output, String prompt)
            throws Exception {
        var descriptor = Services.await(ModelRegistry.class).require(model.id() + "/" + component);
        int[] ids = model.tokenizer().encode(prompt);
        var contract = service.load(descriptor);
        Tensor in = Inputs.ids(contract.inputs().get(0).type(), ids, 1, ids.length);
        return Inputs.floats(service.run(descriptor, Map.of("input_ids", in), RunMonitor.NONE).get(output));
    }

    private static double mean(float[] v) {
        return TinyDiffusion.mean(v);
    }
}
