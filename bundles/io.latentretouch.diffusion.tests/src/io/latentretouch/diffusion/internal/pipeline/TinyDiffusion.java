package io.latentretouch.diffusion.internal.pipeline;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.INT32;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Fixtures;
import io.latentretouch.diffusion.PromptTokenizer;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.Tokenizers;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.internal.defaults.GenerateModels;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.Manifests;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/**
 * Tiny models with the signatures of diffusers' ONNX exports, made here and installed into the models folder: a text
 * encoder (int32 ids [1, 77] → [1, 77, 8]), UNets whose {@code timestep} is int64 [B], float32 [B] or a float32
 * scalar, or whose batch is fixed at 1, and a VAE decoder and encoder (8 output channels, as Optimum exports). The
 * UNet predicts ε = ½·sample + mean(context) + t/10000, so the prompt, the guidance and the timestep all show.
 * The components are the same for every model but the UNet.
 */
final class TinyDiffusion {

    /** How a UNet export takes its timestep and batch. */
    enum Export {
        INT64_VECTOR, FLOAT_VECTOR, FLOAT_SCALAR, FIXED_BATCH,
        /** An inpainting UNet: 9 channels, ε = ½·latents + mask + ¼·masked image latents + …. */
        INPAINT,
        /** An LCM UNet: the guidance embedding as timestep_cond [B, 256], its mean added to ε. */
        LCM,
        /** IC-Light fc: 8 channels, ε = ½·latents + foreground latents + …. */
        LIGHT_FC,
        /** IC-Light fbc: 12 channels, ε = ½·latents + foreground latents + ¼·background latents + …. */
        LIGHT_FBC
    }

    private static final int WIDTH = 8;
    private static final int VOCABULARY = 49408;

    private TinyDiffusion() {
    }

    /** The model with a UNet of {@code export}, its components installed and registered. */
    static DiffusionModel install(Export export, SchedulerConfig scheduler, Path dir) throws Exception {
        PromptTokenizer tokenizer = Tokenizers.load(Fixtures.folder("clip", Files.createTempDirectory(dir, "tokenizer")));
        String unet = "tiny.unet." + export.name().toLowerCase();
        return new DiffusionModel("tiny", tokenizer, scheduler,
                install("tiny.text-encoder", "text-encoder", textEncoder()),
                install(unet, "denoiser", unet(export, null)),
                install("tiny.vae-decoder", "latent-decoder", vaeDecoder()),
                install("tiny.vae-encoder", "latent-encoder", vaeEncoder()), 0.18215f);
    }

    static GraphBuilder textEncoder() {
        GraphBuilder g = new GraphBuilder("tiny text encoder");
        String ids = g.input("input_ids", INT32, "1", "77");
        float[] table = new float[VOCABULARY * WIDTH];
        for (int i = 0; i < table.length; i++) {
            table[i] = (float) Math.sin(i * 0.37);
        }
        String hidden = g.op("Gather", g.floats("embedding", table, VOCABULARY, WIDTH), ids).attr("axis", 0L).out();
        g.output(hidden, "last_hidden_state", FLOAT32, "1", "77", String.valueOf(WIDTH));
        return g;
    }

    /** @param weights the file beside the model that holds the ½ of the prediction, or null to hold it inline */
    static GraphBuilder unet(Export export, String weights) {
        GraphBuilder g = new GraphBuilder("tiny unet");
        String batch = export == Export.FIXED_BATCH ? "1" : "B";
        String channels = switch (export) {
            case INPAINT -> "9";
            case LIGHT_FC -> "8";
            case LIGHT_FBC -> "12";
            default -> "4";
        };
        String sample = g.input("sample", FLOAT32, batch, channels, "H", "W");
        String latents;
        if (export == Export.INPAINT) {
            latents = g.op("Add", g.op("Add", g.op("Mul", channels(g, sample, 0, 4), g.scalar(0.5f)).out(),
                    channels(g, sample, 4, 5)).out(), g.op("Mul", channels(g, sample, 5, 9), g.scalar(0.25f)).out())
                    .out();
        } else if (export == Export.LIGHT_FC || export == Export.LIGHT_FBC) {
            latents = g.op("Add", g.op("Mul", channels(g, sample, 0, 4), g.scalar(0.5f)).out(),
                    channels(g, sample, 4, 8)).out();
            if (export == Export.LIGHT_FBC) {
                latents = g.op("Add", latents, g.op("Mul", channels(g, sample, 8, 12), g.scalar(0.25f)).out()).out();
            }
        } else {
            String half = weights == null ? g.scalar(0.5f) : g.externalFloats("half", weights, 0, 1);
            latents = g.op("Mul", sample, half).out();
        }
        String t = switch (export) {
            case INT64_VECTOR -> g.op("Cast", g.input("timestep", DType.INT64, batch)).attr("to", 1L).out();
            case FLOAT_SCALAR -> g.input("timestep", FLOAT32);
            default -> g.input("timestep", FLOAT32, batch);
        };
        String context = g.input("encoder_hidden_states", FLOAT32, batch, "77", String.valueOf(WIDTH));
        String mean = g.op("ReduceMean", context).attr("axes", 1L, 2L).attr("keepdims", 1L).out();
        String perImage = g.op("Unsqueeze", mean, g.vector(3)).out();
        String time = g.op("Mul", t, g.scalar(1e-4f)).out();
        if (export != Export.FLOAT_SCALAR) {
            time = g.op("Reshape", time, g.vector(-1, 1, 1, 1)).out();
        }
        String out = g.op("Add", g.op("Add", latents, perImage).out(), time).out();
        if (export == Export.LCM) {
            String cond = g.input("timestep_cond", FLOAT32, batch, "256");
            String condMean = g.op("ReduceMean", cond).attr("axes", new long[] {1}).attr("keepdims", 1L).out();
            out = g.op("Add", out, g.op("Reshape", condMean, g.vector(-1, 1, 1, 1)).out()).out();
        }
        g.output(out, "out_sample", FLOAT32, batch, "4", "H", "W");
        return g;
    }

    private static String channels(GraphBuilder g, String x, long from, long to) {
        return g.op("Slice", x, g.vector(from), g.vector(to), g.vector(1)).out();
    }

    static GraphBuilder vaeDecoder() {
        GraphBuilder g = new GraphBuilder("tiny vae decoder");
        String latents = g.input("latent_sample", FLOAT32, "1", "4", "h", "w");
        float[] mix = {0.5f, 0.2f, -0.1f, 0.1f, 0.1f, 0.5f, 0.2f, -0.1f, -0.2f, 0.1f, 0.5f, 0.2f};
        String rgb = g.op("Conv", latents, g.floats("mix", mix, 3, 4, 1, 1)).out();
        String up = g.op("Resize", rgb, "", g.floats("scales", new float[] {1, 1, 8, 8}, 4)).attr("mode", "nearest")
                .out();
        g.output(g.op("Tanh", up).out(), "sample", FLOAT32, "1", "3", "H", "W");
        return g;
    }

    static GraphBuilder vaeEncoder() {
        GraphBuilder g = new GraphBuilder("tiny vae encoder");
        String image = g.input("sample", FLOAT32, "1", "3", "H", "W");
        String pooled = g.op("AveragePool", image).attr("kernel_shape", 8L, 8L).attr("strides", 8L, 8L).out();
        float[] mix = new float[8 * 3];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (float) Math.cos(i * 0.7) * 0.6f;
        }
        String moments = g.op("Conv", pooled, g.floats("mix", mix, 8, 3, 1, 1)).out();
        g.output(moments, "latent_sample", FLOAT32, "1", "8", "h", "w");
        return g;
    }

    /** The mean of the values: what the tiny UNets add of their context. */
    static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Installs one component into the models folder with the contract its graph declares, and rescans. */
    static ModelDescriptor install(String id, String task, GraphBuilder g) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
        ModelManifest manifest = new ModelManifest(id, "1.0", task, "diffusers", id + ".onnx", null, "Apache-2.0",
                "tiny model of the diffusers ONNX layout, made by the test", "algorithmic",
                Manifests.specs(g.contract().inputs()), Manifests.specs(g.contract().outputs()), Map.of(), null);
        GenerateModels.write(g.model("test", "1", id).toByteArray(), manifest, folder);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        registry.refresh();
        return registry.require(id);
    }
}
