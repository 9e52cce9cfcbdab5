package io.latentretouch.diffusion.testing;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.INT32;

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

import io.latentretouch.diffusion.Configs;
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
public final class TinyDiffusion {

    /** How a UNet export takes its timestep and batch. */
    public enum Export {
        INT64_VECTOR, FLOAT_VECTOR, FLOAT_SCALAR, FIXED_BATCH,
        /** An inpainting UNet: 9 channels, ε = ½·latents + mask + ¼·masked image latents + …. */
        INPAINT,
        /** An LCM UNet: the guidance embedding as timestep_cond [B, 256], its mean added to ε. */
        LCM,
        /** IC-Light fc: 8 channels, ε = ½·latents + foreground latents + …. */
        LIGHT_FC,
        /** IC-Light fbc: 12 channels, ε = ½·latents + foreground latents + ¼·background latents + …. */
        LIGHT_FBC,
        /**
         * SDXL: the context is both encoders' features joined per token (8 + 12), ε = ½·sample + mean(first 8) +
         * 2·mean(last 12) + mean(text_embeds) + t/10000 + mean(time_ids)/1000.
         */
        SDXL,
        /** ε = sample·(½ + mean(context)) + t/10000: the prompt scales the prediction, so guidance changes its spread. */
        SCALED
    }

    private static final int WIDTH = 8;
    /** The second text encoder's width (SDXL's is 1280). */
    public static final int WIDTH_2 = 12;
    private static final int VOCABULARY = 49408;

    private TinyDiffusion() {
    }

    /** The model with a UNet of {@code export}, its components installed and registered. */
    public static DiffusionModel install(Export export, SchedulerConfig scheduler, Path dir) throws Exception {
        PromptTokenizer tokenizer = Tokenizers.load(Fixtures.folder("clip", Files.createTempDirectory(dir, "tokenizer")));
        String unet = "tiny.unet." + export.name().toLowerCase();
        return new DiffusionModel("tiny", tokenizer, scheduler,
                install("tiny.text-encoder", "text-encoder", textEncoder()),
                install(unet, "denoiser", unet(export, null)),
                install("tiny.vae-decoder", "latent-decoder", vaeDecoder()),
                install("tiny.vae-encoder", "latent-encoder", vaeEncoder()), 0.18215f);
    }

    public static GraphBuilder textEncoder() {
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
    public static GraphBuilder unet(Export export, String weights) {
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
        if (export == Export.SDXL) {
            return sdxl(g, sample, batch, t);
        }
        if (export == Export.SCALED) {
            String context = g.input("encoder_hidden_states", FLOAT32, batch, "77", String.valueOf(WIDTH));
            String factor = g.op("Add", perImage(g, g.op("ReduceMean", context).attr("axes", 1L, 2L).attr("keepdims", 1L).out()),
                    g.scalar(0.5f)).out();
            String out = g.op("Add", g.op("Mul", sample, factor).out(), g.op("Reshape", g.op("Mul", t, g.scalar(1e-4f)).out(),
                    g.vector(-1, 1, 1, 1)).out()).out();
            g.output(out, "out_sample", FLOAT32, batch, "4", "H", "W");
            return g;
        }
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

    private static GraphBuilder sdxl(GraphBuilder g, String sample, String batch, String t) {
        String context = g.input("encoder_hidden_states", FLOAT32, batch, "77", String.valueOf(WIDTH + WIDTH_2));
        String embeds = g.input("text_embeds", FLOAT32, batch, String.valueOf(WIDTH_2));
        String ids = g.input("time_ids", FLOAT32, batch, "6");
        String first = g.op("Slice", context, g.vector(0), g.vector(WIDTH), g.vector(2)).out();
        String second = g.op("Slice", context, g.vector(WIDTH), g.vector(WIDTH + WIDTH_2), g.vector(2)).out();
        String out = g.op("Mul", sample, g.scalar(0.5f)).out();
        out = g.op("Add", out, perImage(g, g.op("ReduceMean", first).attr("axes", 1L, 2L).attr("keepdims", 1L).out())).out();
        String twice = g.op("Mul", g.op("ReduceMean", second).attr("axes", 1L, 2L).attr("keepdims", 1L).out(), g.scalar(2f)).out();
        out = g.op("Add", out, perImage(g, twice)).out();
        out = g.op("Add", out, perImage(g, g.op("ReduceMean", embeds).attr("axes", new long[] {1}).attr("keepdims", 1L).out())).out();
        String size = g.op("Mul", g.op("ReduceMean", ids).attr("axes", new long[] {1}).attr("keepdims", 1L).out(), g.scalar(1e-3f)).out();
        out = g.op("Add", out, perImage(g, size)).out();
        out = g.op("Add", out, g.op("Reshape", g.op("Mul", t, g.scalar(1e-4f)).out(), g.vector(-1, 1, 1, 1)).out()).out();
        g.output(out, "out_sample", FLOAT32, batch, "4", "H", "W");
        return g;
    }

    /** A per-image value of any rank as [B, 1, 1, 1]. */
    private static String perImage(GraphBuilder g, String value) {
        return g.op("Reshape", value, g.vector(-1, 1, 1, 1)).out();
    }

    /**
     * SDXL's second text encoder: int64 ids [1, 77] → every layer ({@code hidden_states.0..2}: the embedding ×1, ×½,
     * ×¼; the last is also {@code last_hidden_state}) of width 12, and the pooled {@code text_embeds} [1, 12] (the mean
     * over the tokens).
     */
    public static GraphBuilder textEncoder2() {
        GraphBuilder g = new GraphBuilder("tiny text encoder 2");
        String ids = g.input("input_ids", DType.INT64, "1", "77");
        float[] table = new float[VOCABULARY * WIDTH_2];
        for (int i = 0; i < table.length; i++) {
            table[i] = (float) Math.cos(i * 0.11);
        }
        String hidden = g.op("Gather", g.floats("embedding", table, VOCABULARY, WIDTH_2), ids).attr("axis", 0L).out();
        g.output(g.op("ReduceMean", hidden).attr("axes", new long[] {1}).attr("keepdims", 0L).out(), "text_embeds", FLOAT32, "1",
                String.valueOf(WIDTH_2));
        String last = g.op("Mul", hidden, g.scalar(0.25f)).out();
        g.output(last, "last_hidden_state", FLOAT32, "1", "77", String.valueOf(WIDTH_2));
        g.output(g.op("Identity", hidden).out(), "hidden_states.0", FLOAT32, "1", "77", String.valueOf(WIDTH_2));
        g.output(g.op("Mul", hidden, g.scalar(0.5f)).out(), "hidden_states.1", FLOAT32, "1", "77", String.valueOf(WIDTH_2));
        g.output(g.op("Identity", last).out(), "hidden_states.2", FLOAT32, "1", "77", String.valueOf(WIDTH_2));
        return g;
    }

    private static String channels(GraphBuilder g, String x, long from, long to) {
        return g.op("Slice", x, g.vector(from), g.vector(to), g.vector(1)).out();
    }

    public static GraphBuilder vaeDecoder() {
        GraphBuilder g = new GraphBuilder("tiny vae decoder");
        String latents = g.input("latent_sample", FLOAT32, "1", "4", "h", "w");
        float[] mix = {0.5f, 0.2f, -0.1f, 0.1f, 0.1f, 0.5f, 0.2f, -0.1f, -0.2f, 0.1f, 0.5f, 0.2f};
        String rgb = g.op("Conv", latents, g.floats("mix", mix, 3, 4, 1, 1)).out();
        String up = g.op("Resize", rgb, "", g.floats("scales", new float[] {1, 1, 8, 8}, 4)).attr("mode", "nearest")
                .out();
        g.output(g.op("Tanh", up).out(), "sample", FLOAT32, "1", "3", "H", "W");
        return g;
    }

    public static GraphBuilder vaeEncoder() {
        return vaeEncoder(8);
    }

    /**
     * The encoder with 8 output channels (mean and log-variance, as Optimum exports it) or 4 (the mean alone, as other
     * exporters write it), the same mean either way.
     */
    public static GraphBuilder vaeEncoder(int channels) {
        GraphBuilder g = new GraphBuilder("tiny vae encoder " + channels);
        String image = g.input("sample", FLOAT32, "1", "3", "H", "W");
        String pooled = g.op("AveragePool", image).attr("kernel_shape", 8L, 8L).attr("strides", 8L, 8L).out();
        float[] mix = new float[8 * 3];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (float) Math.cos(i * 0.7) * 0.6f;
        }
        String moments = g.op("Conv", pooled, g.floats("mix", java.util.Arrays.copyOf(mix, channels * 3), channels, 3, 1, 1)).out();
        g.output(moments, "latent_sample", FLOAT32, "1", String.valueOf(channels), "h", "w");
        return g;
    }

    /** The same model with an encoder of {@code channels} output channels, installed. */
    public static DiffusionModel withEncoder(DiffusionModel m, int channels) throws Exception {
        return new DiffusionModel(m.id(), m.tokenizer(), m.scheduler(), m.textEncoder(), m.unet(), m.vaeDecoder(),
                install("tiny.vae-encoder-" + channels, "latent-encoder", vaeEncoder(channels)), m.scalingFactor());
    }

    /** The mean of the values: what the tiny UNets add of their context. */
    public static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Installs one component into the models folder with the contract its graph declares, and rescans. */
    public static ModelDescriptor install(String id, String task, GraphBuilder g) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
        ModelManifest manifest = new ModelManifest(id, "1.0", task, "diffusers", id + ".onnx", null, "Apache-2.0",
                "tiny model of the diffusers ONNX layout, made by the test", "algorithmic",
                Manifests.specs(g.contract().inputs()), Manifests.specs(g.contract().outputs()), Map.of(), null);
        GenerateModels.write(g.model("test", "1", id).toByteArray(), manifest, folder);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        registry.refresh();
        return registry.require(id);
    }

    /**
     * Writes a diffusers ONNX folder {@code id} of these components (the UNet of {@code export}, its ½ in an external
     * data file for the plain layouts) and its manifest into {@code models}, then rescans. A file of {@code changes}
     * given as "" is left out, others replace ours.
     *
     * @param properties the manifest's properties ({@code "adapter": "lighting"} for a lighting model)
     */
    public static void installFolder(Path models, String id, Export export, Map<String, String> properties,
            Map<String, String> changes) throws Exception {
        Path root = Files.createDirectories(models.resolve(id));
        Fixtures.folder("clip", Files.createDirectories(root.resolve("tokenizer")));
        write(root, "model_index.json", export == Export.SDXL
                ? "{\"_class_name\": \"ORTStableDiffusionXLPipeline\", \"text_encoder_2\": [\"transformers\", \"CLIPTextModelWithProjection\"]}"
                : "{\"_class_name\": \"ORTStableDiffusionPipeline\"}");
        if (export == Export.SDXL) {
            Fixtures.folder("clip", Files.createDirectories(root.resolve("tokenizer_2")));
            component(root, "text_encoder_2", textEncoder2());
        }
        write(root, "scheduler/scheduler_config.json", Configs.SD15);
        write(root, "text_encoder/config.json", "{\"vocab_size\": 49408}");
        write(root, "vae_decoder/config.json", "{\"scaling_factor\": 0.18215}");
        component(root, "text_encoder", textEncoder());
        boolean external = export == Export.INT64_VECTOR || export == Export.FLOAT_VECTOR || export == Export.FIXED_BATCH;
        component(root, "unet", unet(export, external ? "model.onnx_data" : null));
        if (external) {
            ByteBuffer half = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, 0.5f);
            Files.write(root.resolve("unet/model.onnx_data"), half.array());
        }
        component(root, "vae_decoder", vaeDecoder());
        component(root, "vae_encoder", vaeEncoder());
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
                files.put(id + "/" + root.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        String index = files.remove(id + "/model_index.json");
        ModelManifest manifest = new ModelManifest(id, "1.0", "generation", "diffusers", id + "/model_index.json", index,
                "Apache-2.0", "tiny diffusers folder made by the test", "trained", null, null, properties, files);
        try (Writer w = Files.newBufferedWriter(models.resolve(id + ".json"), StandardCharsets.UTF_8)) {
            Manifests.write(manifest, w);
        }
        Services.await(ModelRegistry.class).refresh();
    }

    /** Removes a folder written by {@link #installFolder} and its manifest, and rescans. */
    public static void removeFolder(Path models, String id) throws Exception {
        Files.deleteIfExists(models.resolve(id + ".json"));
        if (Files.exists(models.resolve(id))) {
            try (Stream<Path> files = Files.walk(models.resolve(id))) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Services.await(ModelRegistry.class).refresh();
    }

    private static void component(Path root, String component, GraphBuilder g) throws Exception {
        Files.createDirectories(root.resolve(component));
        Files.write(root.resolve(component + "/model.onnx"), g.model("test", "1", component).toByteArray());
    }

    private static void write(Path root, String file, String text) throws Exception {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
