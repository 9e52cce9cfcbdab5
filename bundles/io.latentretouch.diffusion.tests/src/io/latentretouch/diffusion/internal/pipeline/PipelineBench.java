package io.latentretouch.diffusion.internal.pipeline;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.INT32;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.latentretouch.diffusion.testing.TinyDiffusion;
import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Fixtures;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.Tokenizers;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.testing.Services;

/**
 * Benchmark, run on demand ({@code -Dbench=true}, see docs/BENCHMARKS.md): the pipeline's own time per step
 * (scheduler, guidance, tensor copies, the service's checks) against the UNet's bare {@code OrtSession.run}, at SD
 * 1.5's size: 1×4×64×64 latents, guidance as a batch of two, 77×768 context. The UNet is of that signature with
 * random weights (convolutions of 320 channels at 64×64 and a context projection), lighter than SD 1.5's, so the
 * share measured is an upper bound of the real one.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PipelineBench {

    private static final int STEPS = 8;
    private static final int CONTEXT = 768;
    private static final int CHANNELS = 320;

    @TempDir
    Path dir;

    @Test
    void ownTimePerStepAgainstTheUnetsRun() throws Exception {
        GraphBuilder unet = unet();
        ModelDescriptor unetModel = TinyDiffusion.install("bench.unet", "denoiser", unet);
        DiffusionModel model = new DiffusionModel("bench", Tokenizers.load(Fixtures.folder("clip",
                Files.createTempDirectory(dir, "tok"))), Configs.sd15(dir, "{}"),
                TinyDiffusion.install("bench.text-encoder", "text-encoder", textEncoder()), unetModel,
                TinyDiffusion.install("bench.vae-decoder", "latent-decoder", TinyDiffusion.vaeDecoder()), null, 0.18215f);
        List<Long> stamps = new ArrayList<>();
        GenerationMonitor timing = new GenerationMonitor() {
            public boolean isCancelled() {
                return false;
            }

            public void stepped(int done, int total) {
                stamps.add(System.nanoTime());
            }
        };
        InferenceService service = Services.await(InferenceService.class);
        Generation request = Generation.of("a photo of a cat", "", Sampler.DPM_PP_2M_KARRAS, STEPS, 7.5f, 1, 512, 512);
        Generators.of(model, service).generate(request, GenerationMonitor.NONE);
        long start = System.nanoTime();
        Generators.of(model, service).generate(request, timing);
        long[] steps = new long[STEPS - 1];
        for (int i = 1; i < STEPS; i++) {
            steps[i - 1] = stamps.get(i) - stamps.get(i - 1);
        }
        double first = (stamps.get(0) - start) / 1e6;
        double bare = bareRun(unet);
        double step = median(steps);
        System.out.println("| at SD 1.5 size, " + STEPS + " steps, guidance as a batch of 2 | ms |");
        System.out.println("|---|---|");
        System.out.printf("| UNet's bare OrtSession.run, batch of 2 (median of 5) | %.1f |%n", bare);
        System.out.printf("| a pipeline step, UNet included (median of %d) | %.1f |%n", STEPS - 1, step);
        System.out.printf("| the pipeline's own time per step | %.1f (%.1f %% of the run) |%n", step - bare,
                100 * (step - bare) / bare);
        System.out.printf("| before the first step is done (prompts, start noise, first step) | %.1f |%n", first);
    }

    /** The UNet alone on ONNX Runtime with its default options, inputs made once. */
    private static double bareRun(GraphBuilder unet) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(unet.model("bench", "1", "unet").toByteArray(), options)) {
            float[] sample = new float[2 * 4 * 64 * 64];
            Arrays.fill(sample, 0.1f);
            float[] context = new float[2 * 77 * CONTEXT];
            Arrays.fill(context, 0.01f);
            try (OnnxTensor s = OnnxTensor.createTensor(env, FloatBuffer.wrap(sample), new long[] {2, 4, 64, 64});
                    OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {500, 500}), new long[] {2});
                    OnnxTensor c = OnnxTensor.createTensor(env, FloatBuffer.wrap(context), new long[] {2, 77, CONTEXT})) {
                Map<String, OnnxTensor> in = Map.of("sample", s, "timestep", t, "encoder_hidden_states", c);
                session.run(in).close();
                long[] runs = new long[5];
                for (int i = 0; i < runs.length; i++) {
                    long t0 = System.nanoTime();
                    session.run(in).close();
                    runs[i] = System.nanoTime() - t0;
                }
                return median(runs);
            }
        }
    }

    private static GraphBuilder unet() {
        GraphBuilder g = new GraphBuilder("bench unet");
        String sample = g.input("sample", FLOAT32, "B", "4", "H", "W");
        g.input("timestep", DType.INT64, "B");
        String context = g.input("encoder_hidden_states", FLOAT32, "B", "77", String.valueOf(CONTEXT));
        String h = conv(g, sample, 4, CHANNELS, 1);
        String pooled = g.op("ReduceMean", context).attr("axes", new long[] {1}).attr("keepdims", 0L).out();
        String projected = g.op("MatMul", pooled, g.floats("proj", random(CONTEXT * CHANNELS, 2), CONTEXT, CHANNELS))
                .out();
        h = g.op("Add", h, g.op("Reshape", projected, g.vector(-1, CHANNELS, 1, 1)).out()).out();
        h = g.op("Relu", conv(g, h, CHANNELS, CHANNELS, 3)).out();
        h = g.op("Relu", conv(g, h, CHANNELS, CHANNELS, 4)).out();
        g.output(conv(g, h, CHANNELS, 4, 5), "out_sample", FLOAT32, "B", "4", "H", "W");
        return g;
    }

    private static String conv(GraphBuilder g, String x, int in, int out, long seed) {
        float[] w = random(out * in * 9, seed);
        return g.op("Conv", x, g.floats("w" + seed, w, out, in, 3, 3)).attr("pads", 1L, 1L, 1L, 1L).out();
    }

    private static GraphBuilder textEncoder() {
        GraphBuilder g = new GraphBuilder("bench text encoder");
        String ids = g.op("Cast", g.input("input_ids", INT32, "1", "77")).attr("to", 1L).out();
        String column = g.op("Unsqueeze", g.op("Mul", ids, g.scalar(1e-5f)).out(), g.vector(2)).out();
        String hidden = g.op("Mul", column, g.floats("row", random(CONTEXT, 9), 1, 1, CONTEXT)).out();
        g.output(hidden, "last_hidden_state", FLOAT32, "1", "77", String.valueOf(CONTEXT));
        return g;
    }

    private static float[] random(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian() * 0.02);
        }
        return v;
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
