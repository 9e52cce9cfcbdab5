package io.latentretouch.diffusion.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.testing.TinyDiffusion;
import io.latentretouch.diffusion.testing.TinyDiffusion.Export;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.testing.Services;

/** The pipeline on tiny models with the real signatures, run by the real ONNX Runtime engine. */
class PipelineTest {

    private static final Generation PORTRAIT = Generation.of("a photo of a cat", "", Sampler.DDIM, 6, 7.5f, 42, 32, 24);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSamePixelsAndAnotherSeedOthers() throws Exception {
        DiffusionModel model = model(Export.INT64_VECTOR);
        PlanarImage a = generate(model, PORTRAIT);
        PlanarImage b = generate(model, PORTRAIT);
        assertEquals(32, a.width());
        assertEquals(24, a.height());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a.plane(c), b.plane(c));
        }
        PlanarImage other = generate(model, withSeed(PORTRAIT, 43));
        assertFalse(Arrays.equals(a.plane(0), other.plane(0)), "another seed, the same image");
    }

    @Test
    void everyTimestepTypeAndRankExportersWriteGivesTheSameImage() throws Exception {
        PlanarImage reference = generate(model(Export.INT64_VECTOR), PORTRAIT);
        for (Export export : List.of(Export.FLOAT_VECTOR, Export.FLOAT_SCALAR, Export.FIXED_BATCH)) {
            PlanarImage image = generate(model(export), PORTRAIT);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(reference.plane(c), image.plane(c), 1e-5f, export.toString());
            }
        }
    }

    @Test
    void guidanceIsTheUnconditionalPredictionPushedTowardsThePrompts() throws Exception {
        DiffusionModel model = model(Export.INT64_VECTOR);
        InferenceService service = Services.await(InferenceService.class);
        Context context = dogNotCat(service, model);
        float[] latents = sines();
        long[] shape = {4, 3, 2};
        float[] guided = Unet.load(service, model.unet()).predict(latents, shape, 501, context, 5f, 0f);
        float[] conditional = direct(service, model, latents, context.positive());
        float[] unconditional = direct(service, model, latents, context.negative());
        for (int i = 0; i < guided.length; i++) {
            assertEquals(unconditional[i] + 5f * (conditional[i] - unconditional[i]), guided[i], 1e-5f);
        }
        assertFalse(Arrays.equals(conditional, unconditional), "the prompts must make a difference");
    }

    @Test
    void aRescaledRequestGivesAnotherImageAndAFourChannelEncoderTheSameAsAnEightChannelOne() throws Exception {
        DiffusionModel scaled = model(Export.SCALED);
        InferenceService service = Services.await(InferenceService.class);
        Context context = dogNotCat(service, scaled);
        float[] latents = sines();
        long[] shape = {4, 3, 2};
        Unet unet = Unet.load(service, scaled.unet());
        float[] guided = unet.predict(latents, shape, 501, context, 5f, 0f);
        float[] conditional = unet.predict(latents, shape, 501, context, 1f, 0f);
        float[] rescaled = unet.predict(latents, shape, 501, context, 5f, 0.7f);
        assertArrayEquals(io.latentretouch.diffusion.Guidance.rescale(guided, conditional, 0.7f), rescaled, 1e-5f);
        double target = deviation(conditional);
        assertTrue(Math.abs(deviation(rescaled) - target) < 0.5 * Math.abs(deviation(guided) - target),
                "the guided spread is pulled towards the conditional one: " + deviation(guided) + " → " + deviation(rescaled) + ", " + target);
        Generation request = Generation.of("a photo of a cat", "", Sampler.DDIM, 6, 7.5f, 42, 32, 24);
        assertTrue(maxDifference(generate(scaled, request), generate(scaled, request.withGuidanceRescale(0.7f))) > 1e-3,
                "a rescaled request gives another image");
        DiffusionModel model = model(Export.INT64_VECTOR);
        DiffusionModel four = TinyDiffusion.withEncoder(model, 4);
        PlanarImage a = generate(model, touch(source(0.6f), 0.5));
        PlanarImage b = generate(four, touch(source(0.6f), 0.5));
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a.plane(c), b.plane(c), 1e-6f, "the mean is the first four channels of the moments");
        }
    }

    @Test
    void anLcmUnetGetsTheGuidanceAsItsEmbeddingInOneRun() throws Exception {
        DiffusionModel model = model(Export.LCM);
        InferenceService service = Services.await(InferenceService.class);
        Unet unet = Unet.load(service, model.unet());
        assertTrue(unet.guidesByEmbedding());
        float[] hidden = TextEncoder.load(service, model.textEncoder(), model.tokenizer()).encode("a cat");
        float[] latents = new float[4 * 3 * 2];
        Arrays.fill(latents, 0.25f);
        float[] e = unet.predict(latents, new long[] {4, 3, 2}, 759, new Context(hidden, null, 77), 8.5f, 0f);
        double context = TinyDiffusion.mean(hidden);
        double embedding = 0;
        for (float v : io.latentretouch.diffusion.Guidance.embedding(8.5f, 256)) {
            embedding += v;
        }
        for (float v : e) {
            assertEquals(0.125 + context + 759e-4 + embedding / 256, v, 1e-5);
        }
        PlanarImage image = generate(model, Generation.of("a cat", "", Sampler.LCM, 4, 8.5f, 3, 32, 24));
        assertEquals(24, image.height());
    }

    @Test
    void progressReachesEveryStepAndPreviewsComeAtTheirPace() throws Exception {
        List<String> seen = new ArrayList<>();
        GenerationMonitor monitor = new GenerationMonitor() {
            public boolean isCancelled() {
                return false;
            }

            public void stepped(int done, int total) {
                seen.add(done + "/" + total);
            }

            public int previewEvery() {
                return 2;
            }

            public void preview(PlanarImage image) {
                seen.add("preview " + image.width() + "×" + image.height());
            }
        };
        Generators.of(model(Export.INT64_VECTOR), Services.await(InferenceService.class)).generate(PORTRAIT, monitor);
        assertEquals(List.of("1/6", "2/6", "preview 4×3", "3/6", "4/6", "preview 4×3", "5/6", "6/6"), seen);
    }

    @Test
    void cancelledAfterStepTwoNothingIsReturnedAndNoFurtherStepRuns() throws Exception {
        int[] steps = {0};
        GenerationMonitor monitor = new GenerationMonitor() {
            public boolean isCancelled() {
                return steps[0] >= 2;
            }

            public void stepped(int done, int total) {
                steps[0] = done;
            }
        };
        DiffusionException e = assertThrows(DiffusionException.class, () -> Generators
                .of(model(Export.INT64_VECTOR), Services.await(InferenceService.class)).generate(PORTRAIT, monitor));
        assertEquals(Code.CANCELLED, e.code());
        assertEquals(2, steps[0]);
        assertTrue(e.getMessage().contains("at step 2 of 6"), e.getMessage());
    }

    @Test
    void imageToImageRunsItsShareOfTheStepsFromTheEncodedSource() throws Exception {
        DiffusionModel model = model(Export.INT64_VECTOR);
        StepCount counting = new StepCount();
        InferenceService service = Services.await(InferenceService.class);
        PlanarImage ramp = source(0.6f);
        PlanarImage a = Generators.of(model, service).generate(touch(ramp, 0.25), counting);
        assertEquals(5, counting.total(), "a quarter of 20 steps");
        Generators.of(model, service).generate(touch(ramp, 0.05), counting);
        assertEquals(4, counting.total(), "at least the minimum of steps");
        PlanarImage b = generate(model, touch(source(0.1f), 0.25));
        assertFalse(Arrays.equals(a.plane(0), b.plane(0)), "another source, the same image");
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a.plane(c), generate(model, touch(ramp, 0.25)).plane(c));
        }
    }

    /** Guidance towards "a photo of a dog", away from "a cat". */
    private static Context dogNotCat(InferenceService service, DiffusionModel model) throws Exception {
        TextEncoder text = TextEncoder.load(service, model.textEncoder(), model.tokenizer());
        return new Context(text.encode("a photo of a dog"), text.encode("a cat"), 77);
    }

    /** Latents [4, 3, 2] of sin(i). */
    private static float[] sines() {
        float[] latents = new float[4 * 3 * 2];
        for (int i = 0; i < latents.length; i++) {
            latents[i] = (float) Math.sin(i);
        }
        return latents;
    }

    private static double deviation(float[] v) {
        double mean = TinyDiffusion.mean(v);
        double sum = 0;
        for (float x : v) {
            sum += (x - mean) * (x - mean);
        }
        return Math.sqrt(sum / v.length);
    }

    private static double maxDifference(PlanarImage a, PlanarImage b) {
        double m = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                m = Math.max(m, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return m;
    }

    private static Generation touch(PlanarImage source, double strength) {
        return new Generation("a photo of a cat", "", Sampler.EULER, 20, 1f, 7, 32, 24, source, strength, null,
                List.of());
    }

    private static PlanarImage source(float contrast) {
        PlanarImage source = PlanarImage.create(32, 24, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 32 * 24; i++) {
                source.plane(c)[i] = 0.2f + contrast * ((i % 32) / 31f) * (c + 1) / 3;
            }
        }
        return source;
    }

    @Test
    void requestsTheModelCannotServeAreRefused() throws Exception {
        DiffusionModel model = model(Export.INT64_VECTOR);
        DiffusionException size = assertThrows(DiffusionException.class, () -> generate(model,
                Generation.of("a cat", "", Sampler.DDIM, 4, 1f, 1, 30, 24)));
        assertEquals(Code.UNSUPPORTED, size.code());
        assertTrue(size.getMessage().contains("width is 30 pixels, expected a positive multiple of 8"),
                size.getMessage());
        DiffusionException init = assertThrows(DiffusionException.class, () -> generate(model, new Generation(
                "a cat", "", Sampler.DDIM, 4, 1f, 1, 32, 24, PlanarImage.create(16, 16, 3), 0.5, null, List.of())));
        assertTrue(init.getMessage().contains("start image is 16×16"), init.getMessage());
    }

    private DiffusionModel model(Export export) throws Exception {
        return TinyDiffusion.install(export, Configs.sd15(dir, "{\"timestep_spacing\": \"leading\"}"), dir);
    }

    private static PlanarImage generate(DiffusionModel model, Generation request) throws Exception {
        return Generators.of(model, Services.await(InferenceService.class)).generate(request, GenerationMonitor.NONE);
    }

    private static Generation withSeed(Generation g, long seed) {
        return new Generation(g.prompt(), g.negativePrompt(), g.sampler(), g.steps(), g.guidance(), seed, g.width(),
                g.height(), g.init(), g.strength(), g.mask(), g.conditions());
    }

    /** One unguided run of the UNet, batch 1, as a direct computation of what guidance combines. */
    private static float[] direct(InferenceService service, DiffusionModel model, float[] latents, float[] hidden)
            throws Exception {
        Tensor t = Tensor.allocate(io.latentretouch.inference.DType.INT64, 1);
        t.longs().put(0, 501);
        Map<String, Tensor> out = service.run(model.unet(), Map.of("sample", Tensor.ofFloats(latents, 1, 4, 3, 2),
                "timestep", t, "encoder_hidden_states", Tensor.ofFloats(hidden, 1, 77, 8)), RunMonitor.NONE);
        return Inputs.floats(out.get("out_sample"));
    }
}
