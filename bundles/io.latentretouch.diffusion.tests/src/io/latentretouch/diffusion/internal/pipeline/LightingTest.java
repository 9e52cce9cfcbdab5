package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Lighting;
import io.latentretouch.diffusion.Lighting.Direction;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.testing.TinyDiffusion;
import io.latentretouch.diffusion.testing.TinyDiffusion.Export;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.testing.Services;

/** Relighting with lighting UNets of IC-Light's layouts: 8 channels (fc) and 12 (fbc). */
class LightingTest {

    private static final int W = 32;
    private static final int H = 24;

    @TempDir
    Path dir;

    @Test
    void aLightingUnetSeesTheLatentsThenTheForegroundThenTheBackground() throws Exception {
        DiffusionModel model = model(Export.LIGHT_FBC);
        InferenceService service = Services.await(InferenceService.class);
        Vae vae = new Vae(service, model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        Unet unet = Unet.load(service, model.unet());
        assertEquals(12, unet.channels());
        PlanarImage foreground = image(0.7f);
        PlanarImage background = image(0.2f);
        Generation request = Lighting.relight("window light", "", foreground, background, Direction.LEFT, 0.9,
                Sampler.EULER, 10, 1f, 1);
        float[] extra = Conditions.latents(request, vae, unet.channels());
        float[] fg = vae.encode(foreground);
        float[] bg = vae.encode(background);
        assertArrayEquals(Conditions.concat(fg, bg), extra, "the foreground's latents first, then the background's");

        float[] hidden = TextEncoder.load(service, model.textEncoder(), model.tokenizer()).encode("window light");
        float[] latents = new float[4 * 12];
        Arrays.fill(latents, -0.5f);
        float[] e = unet.predict(Conditions.concat(latents, extra), new long[] {12, 3, 4}, 401,
                new Context(hidden, null, 77), 1f, 0f);
        double context = TinyDiffusion.mean(hidden);
        for (int i = 0; i < e.length; i++) {
            assertEquals(-0.25 + fg[i] + 0.25 * bg[i] + context + 401e-4, e[i], 1e-5, "latent " + i);
        }
    }

    @Test
    void relightingStartsFromTheLightsGradientAndRunsItsShareOfSteps() throws Exception {
        PlanarImage left = Lighting.gradient(Direction.LEFT, W, H);
        assertEquals(1f, left.get(0, 0, 5));
        assertEquals(0f, left.get(0, W - 1, 5));
        PlanarImage bottom = Lighting.gradient(Direction.BOTTOM, W, H);
        assertEquals(0f, bottom.get(1, 3, 0));
        assertEquals(1f, bottom.get(1, 3, H - 1));

        StepCount counting = new StepCount();
        PlanarImage out = Generators.of(model(Export.LIGHT_FC), Services.await(InferenceService.class)).generate(
                Lighting.relight("rim light", "", image(0.5f), null, Direction.RIGHT, 0.8, Sampler.EULER, 10, 2f, 4),
                counting);
        assertEquals(8, counting.total());
        assertEquals(W, out.width());
    }

    @Test
    void aLightingUnetWithoutItsForegroundIsRefusedSayingWhatItTakes() throws Exception {
        DiffusionModel model = model(Export.LIGHT_FC);
        DiffusionException e = assertThrows(DiffusionException.class, () -> Generators.of(model,
                Services.await(InferenceService.class)).generate(Generation.of("a cat", "", Sampler.DDIM, 4, 1f, 1, W,
                        H), GenerationMonitor.NONE));
        assertEquals(Code.UNSUPPORTED, e.code());
        assertTrue(e.getMessage().contains("The UNet takes 8 channels but the request gives 0 conditioning images"),
                e.getMessage());
    }

    @Test
    void aGeneratorSaysHowManyConditioningImagesItsUnetTakes() throws Exception {
        InferenceService service = Services.await(InferenceService.class);
        assertEquals(1, Generators.of(model(Export.LIGHT_FC), service).conditions());
        assertEquals(2, Generators.of(model(Export.LIGHT_FBC), service).conditions());
        assertEquals(0, Generators.of(model(Export.INPAINT), service).conditions());
        assertEquals(0, Generators.of(model(Export.INT64_VECTOR), service).conditions());
    }

    private DiffusionModel model(Export export) throws Exception {
        return TinyDiffusion.install(export, Configs.sd15(dir, "{}"), dir);
    }

    private static PlanarImage image(float level) {
        PlanarImage image = PlanarImage.create(W, H, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < W * H; i++) {
                image.plane(c)[i] = level * (0.5f + 0.5f * ((i + 7 * c) % 11) / 10f);
            }
        }
        return image;
    }
}
