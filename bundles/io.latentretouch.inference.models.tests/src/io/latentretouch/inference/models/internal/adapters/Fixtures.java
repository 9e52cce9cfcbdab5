package io.latentretouch.inference.models.internal.adapters;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.UINT8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.internal.defaults.GenerateModels;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/**
 * Tiny models with exactly the names, shapes and types of the public families, installed into the models folder with
 * manifests that (like a user's) name only the family: the registry supplies the family's layout. Their behaviour is
 * trivial and known, so the adapters around them can be checked exactly.
 */
final class Fixtures {

    /** The grey the fake inpainters put in holes. */
    static final float GREY = 0.5f;

    private Fixtures() {
    }

    static ModelDescriptor install(String id, String family, String task, Map<String, String> properties, GraphBuilder g) throws Exception {
        return install(id, family, task, properties, null, null, g);
    }

    /** Installs with the inputs and outputs listed in the manifest (null for a family's standard layout). */
    static ModelDescriptor install(String id, String family, String task, Map<String, String> properties, List<ModelManifest.Spec> inputs,
            List<ModelManifest.Spec> outputs, GraphBuilder g) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
        ModelManifest manifest = new ModelManifest(id, "1.0", task, family, id + ".onnx", null, "test", "tiny " + family + " layout",
                "trained", inputs, outputs, properties, null);
        GenerateModels.write(g.model("test", "1", family).toByteArray(), manifest, folder);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        registry.refresh();
        return registry.require(id);
    }

    /** Removes an installed fixture again, so that other tests see only the shipped models of its task. */
    static void uninstall(String id) throws Exception {
        Path folder = Path.of(System.getProperty("io.latentretouch.models.folder"));
        Files.deleteIfExists(folder.resolve(id + ".onnx"));
        Files.deleteIfExists(folder.resolve(id + ".json"));
        Services.await(ModelRegistry.class).refresh();
    }

    /** LaMa: image and mask at 512, output = 255 · (image outside the hole, grey inside). */
    static ModelDescriptor lama() throws Exception {
        return lama("fixture.lama", 0);
    }

    /**
     * LaMa's layout and behaviour at a trained model's cost: {@code layers} 3×3 convolutions of 32 channels over the
     * 512² input (4.8 GFLOP each) whose result is added times zero.
     */
    static ModelDescriptor lama(String id, int layers) throws Exception {
        GraphBuilder g = new GraphBuilder("lama");
        String image = g.input("image", FLOAT32, "B", "3", "512", "512");
        String mask = g.input("mask", FLOAT32, "B", "1", "512", "512");
        String filled = busy(g, greyHole(g, image, mask), image, 32, layers);
        g.output(g.op("Mul", filled, g.scalar(255)).out(), "output", FLOAT32, "B", "3", "512", "512");
        return install(id, "lama", "inpaint", Map.of(), g);
    }

    /** LaMa with one four-channel input (masked image, mask), output 0..1. */
    static ModelDescriptor lama4() throws Exception {
        GraphBuilder g = new GraphBuilder("lama4");
        String input = g.input("input", FLOAT32, "1", "4", "H", "W");
        String[] parts = g.op("Split", input, g.vector(3, 1)).attr("axis", 1L).outs(2);
        g.output(g.op("Add", parts[0], g.op("Mul", parts[1], g.scalar(GREY)).out()).out(), "output", FLOAT32, "1", "3", "H", "W");
        return install("fixture.lama4", "lama4", "inpaint", Map.of(), g);
    }

    /** MI-GAN: uint8 image and inverted uint8 mask, uint8 result = image where known, 128 in the hole. */
    static ModelDescriptor migan() throws Exception {
        return migan("fixture.migan", 0);
    }

    /** MI-GAN's layout and behaviour with {@code layers} 3×3 convolutions of 16 channels over the crop added times zero. */
    static ModelDescriptor migan(String id, int layers) throws Exception {
        GraphBuilder g = new GraphBuilder("migan");
        String image = g.op("Cast", g.input("image", UINT8, "B", "3", "H", "W")).attr("to", 1L).out();
        String known = g.op("Div", g.op("Cast", g.input("mask", UINT8, "B", "1", "H", "W")).attr("to", 1L).out(), g.scalar(255)).out();
        String mixed = g.op("Add", g.op("Mul", image, known).out(), g.op("Mul", g.op("Sub", g.scalar(1), known).out(), g.scalar(128)).out()).out();
        g.output(g.op("Cast", busy(g, mixed, image, 16, layers)).attr("to", 2L).out(), "result", UINT8, "B", "3", "H", "W");
        return install(id, "migan", "inpaint", Map.of(), g);
    }

    /** Real-ESRGAN: nearest-neighbour ×4. */
    static ModelDescriptor realEsrgan() throws Exception {
        GraphBuilder g = new GraphBuilder("realesrgan");
        String input = g.input("input", FLOAT32, "B", "3", "h", "w");
        String scales = g.floats("scales", new float[] {1, 1, 4, 4}, 4);
        g.output(g.op("Resize", input, "", scales).attr("mode", "nearest").attr("coordinate_transformation_mode", "asymmetric")
                .attr("nearest_mode", "floor").out(), "output", FLOAT32, "B", "3", "H", "W");
        return install("fixture.realesrgan", "realesrgan", "super-resolution", Map.of("scale", "4"), g);
    }

    /**
     * BiSeNet: 19 logits, class 1 (skin) = 8 · (normalised red − normalised blue), class 0 (background) its opposite,
     * class 16 (cloth) = 8 · (normalised green − normalised red), class 17 (hair) = −4 · (the normalised channels' sum):
     * dark pixels are hair.
     */
    static ModelDescriptor bisenet() throws Exception {
        GraphBuilder g = new GraphBuilder("bisenet");
        String input = g.input("input", FLOAT32, "1", "3", "512", "512");
        float[] w = new float[19 * 3];
        w[0] = -8f;
        w[2] = 8f;
        w[3] = 8f;
        w[5] = -8f;
        w[16 * 3] = -8f;
        w[16 * 3 + 1] = 8f;
        Arrays.fill(w, 17 * 3, 18 * 3, -4f);
        g.output(g.op("Conv", input, g.floats("w", w, 19, 3, 1, 1)).out(), "output", FLOAT32, "1", "19", "512", "512");
        return install("fixture.bisenet", "bisenet", "face-parsing", Map.of(), g);
    }

    /** A model that says it is BlazeFace but takes the image channels first, as a careless export would. */
    static ModelDescriptor wrongBlazeFace() throws Exception {
        GraphBuilder g = new GraphBuilder("blazeface");
        String input = g.input("input:0", FLOAT32, "1", "3", "128", "128");
        String flat = g.op("ReduceMean", input).attr("keepdims", 1L).out();
        String[] names = {"Identity:0", "Identity_1:0", "Identity_2:0", "Identity_3:0"};
        long[][] shapes = {{1, 512, 1}, {1, 384, 1}, {1, 512, 16}, {1, 384, 16}};
        for (int i = 0; i < names.length; i++) {
            String shaped = g.op("Expand", g.op("Reshape", flat, g.vector(1, 1, 1)).out(), g.vector(shapes[i])).out();
            g.output(shaped, names[i], FLOAT32, "1", "" + shapes[i][1], "" + shapes[i][2]);
        }
        return install("fixture.blazeface-nchw", "blazeface", "face-detection", Map.of("range", "short"), g);
    }

    /** A fully convolutional blur of sigma 2 (receptive radius 6), to check that tiling changes nothing. */
    static ModelDescriptor blur() throws Exception {
        GraphBuilder g = new GraphBuilder("blur");
        String image = g.input("image", FLOAT32, "1", "3", "H", "W");
        g.output(Filters.blur(g, image, 3, 2), "output", FLOAT32, "1", "3", "H", "W");
        List<ModelManifest.Spec> in = List.of(new ModelManifest.Spec("image", "float32", List.of("1", "3", "H", "W")));
        List<ModelManifest.Spec> out = List.of(new ModelManifest.Spec("output", "float32", List.of("1", "3", "H", "W")));
        return install("fixture.blur", "latent-retouch", "skin-detail", Map.of(), in, out, g);
    }

    private static String greyHole(GraphBuilder g, String image, String mask) {
        String kept = g.op("Mul", image, g.op("Sub", g.scalar(1), mask).out()).out();
        return g.op("Add", kept, g.op("Mul", mask, g.scalar(GREY)).out()).out();
    }

    /** {@code value} plus zero times the mean of a stack of padded 3×3 convolutions over {@code input}: work that changes nothing. */
    private static String busy(GraphBuilder g, String value, String input, int channels, int layers) {
        if (layers == 0) {
            return value;
        }
        String x = g.op("Conv", input, g.floats("busy0", constant(channels * 3 * 9, 0.01f), channels, 3, 3, 3)).attr("pads", 1L, 1L, 1L, 1L).out();
        for (int i = 1; i < layers; i++) {
            x = g.op("Conv", x, g.floats("busy" + i, constant(channels * channels * 9, 0.01f), channels, channels, 3, 3))
                    .attr("pads", 1L, 1L, 1L, 1L).out();
        }
        String nothing = g.op("Mul", g.op("ReduceMean", x).attr("keepdims", 1L).out(), g.scalar(0)).out();
        return g.op("Add", value, nothing).out();
    }

    private static float[] constant(int n, float value) {
        float[] v = new float[n];
        Arrays.fill(v, value);
        return v;
    }
}
