package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.testing.TinyDiffusion;
import io.latentretouch.diffusion.testing.TinyDiffusion.Export;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.testing.Services;

/** Regenerating a masked area with an inpainting UNet and with a plain one. */
class InpaintTest {

    private static final int W = 32;
    private static final int H = 24;

    @TempDir
    Path dir;

    @Test
    void anInpaintingUnetSeesTheLatentsThenTheMaskThenTheMaskedImagesLatents() throws Exception {
        DiffusionModel model = model(Export.INPAINT);
        InferenceService service = Services.await(InferenceService.class);
        Vae vae = new Vae(service, model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        Mask mask = leftHalf();
        Unet unet = Unet.load(service, model.unet());
        assertEquals(9, unet.channels());
        Inpaint inpaint = Inpaint.prepare(vae, source(), mask, H / 8, W / 8, unet.channels());
        TextEncoder text = TextEncoder.load(service, model.textEncoder(), model.tokenizer());
        float[] hidden = text.encode("a cat");
        float[] latents = new float[4 * 3 * 4];
        for (int i = 0; i < latents.length; i++) {
            latents[i] = (float) Math.cos(i * 0.3);
        }
        float[] extra = inpaint.extra();
        float[] sample = Arrays.copyOf(latents, latents.length + extra.length);
        System.arraycopy(extra, 0, sample, latents.length, extra.length);
        float[] e = unet.predict(sample, new long[] {9, 3, 4}, 301, new Context(hidden, null, 77), 1f, 0f);

        // the same computed directly: the masked image is the source where the mask is below ½, black elsewhere
        PlanarImage masked = source();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < W * H; i++) {
                masked.plane(c)[i] = i % W < W / 2 ? 0f : masked.plane(c)[i];
            }
        }
        float[] maskedLatents = vae.encode(masked);
        double context = TinyDiffusion.mean(hidden);
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 12; i++) {
                float small = i % 4 < 2 ? 1f : 0f;
                double expected = 0.5 * latents[c * 12 + i] + small + 0.25 * maskedLatents[c * 12 + i] + context
                        + 301e-4;
                assertEquals(expected, e[c * 12 + i], 1e-5, "channel " + c + " latent pixel " + i);
            }
        }
    }

    @Test
    void aPlainUnetKeepsTheUnmaskedAreaExactlyAndRegeneratesTheRest() throws Exception {
        DiffusionModel model = model(Export.INT64_VECTOR);
        InferenceService service = Services.await(InferenceService.class);
        Generation request = new Generation("a photo of a dog", "", Sampler.DDIM, 8, 4f, 3, W, H, source(), 1.0,
                leftHalf(), List.of());
        PlanarImage out = Generators.of(model, service).generate(request, GenerationMonitor.NONE);
        Vae vae = new Vae(service, model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        PlanarImage roundTrip = vae.decode(vae.encode(source()), H / 8, W / 8);
        double inside = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < W * H; i++) {
                if (i % W >= W / 2) {
                    assertEquals(roundTrip.plane(c)[i], out.plane(c)[i], 1e-5f, "kept pixel " + i);
                } else {
                    inside += Math.abs(roundTrip.plane(c)[i] - out.plane(c)[i]);
                }
            }
        }
        assertTrue(inside / (3 * W * H / 2) > 0.01, "the masked half was not regenerated: " + inside);
    }

    @Test
    void onARealPortraitTheFaceIsRegeneratedAndEveryOtherPixelKeptAsTheVaeGivesIt() throws Exception {
        PlanarImage photo = RealWorld.read("astronaut.png");
        int w = photo.width();
        int h = photo.height();
        float[] face = new float[w * h];
        for (int y = 96; y < 256; y++) {
            for (int x = 176; x < 336; x++) {
                face[y * w + x] = 1f;
            }
        }
        DiffusionModel model = model(Export.INT64_VECTOR);
        InferenceService service = Services.await(InferenceService.class);
        Generation request = new Generation("a portrait, natural skin", "", Sampler.DPM_PP_2M_KARRAS, 6, 5f, 11, w, h,
                photo, 1.0, Mask.wrap(w, h, face), List.of());
        PlanarImage out = Generators.of(model, service).generate(request, GenerationMonitor.NONE);
        Vae vae = new Vae(service, model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        PlanarImage roundTrip = vae.decode(vae.encode(photo), h / 8, w / 8);
        double inside = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                if (face[i] == 0) {
                    assertEquals(roundTrip.plane(c)[i], out.plane(c)[i], 1e-5f, "kept pixel " + i);
                } else {
                    inside += Math.abs(roundTrip.plane(c)[i] - out.plane(c)[i]);
                }
            }
        }
        assertTrue(inside / (3 * 160 * 160) > 0.01, "the face was not regenerated: " + inside);
    }

    private DiffusionModel model(Export export) throws Exception {
        return TinyDiffusion.install(export, Configs.sd15(dir, "{\"timestep_spacing\": \"leading\"}"), dir);
    }

    /** Regenerate the left half. */
    private static Mask leftHalf() {
        float[] values = new float[W * H];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % W < W / 2 ? 1f : 0f;
        }
        return Mask.wrap(W, H, values);
    }

    private static PlanarImage source() {
        PlanarImage source = PlanarImage.create(W, H, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < W * H; i++) {
                source.plane(c)[i] = 0.2f + 0.6f * ((i * (c + 3)) % 17) / 16f;
            }
        }
        return source;
    }
}
