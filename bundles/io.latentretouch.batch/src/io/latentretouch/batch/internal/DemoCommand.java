package io.latentretouch.batch.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * {@code demo [FOLDER]}: runs the embedded skin detail model on a generated skin patch at levels 1 to 5, writes a
 * before/after strip and prints the detail energy per level.
 */
@Component(service = Command.class)
public final class DemoCommand implements Command {

    private static final int SIZE = 384;

    @Reference
    private InferenceService inference;

    @Reference
    private ModelRegistry registry;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the skin detail model at levels 1-5 on a generated skin patch; writes FOLDER/skin-levels.png";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path folder = Path.of(args.isEmpty() ? "latent-retouch-demo" : args.get(0));
        try {
            ModelDescriptor model = registry.require("lr.skin-detail");
            Tensor source = skinPatch(new Random(7));
            BufferedImage strip = new BufferedImage(SIZE * 6, SIZE, BufferedImage.TYPE_INT_RGB);
            Planar.paint(source, strip, 0);
            out.printf("%-6s %-14s %s%n", "level", "detail energy", "time");
            for (int level = 1; level <= 5; level++) {
                long start = System.nanoTime();
                Tensor result = inference.run(model, inputs(source, level), RunMonitor.NONE).get("output");
                out.printf("%-6d %-14.5f %.0f ms%n", level, Planar.detailEnergy(result), (System.nanoTime() - start) / 1e6);
                Planar.paint(result, strip, level * SIZE);
            }
            Files.createDirectories(folder);
            Path file = folder.resolve("skin-levels.png");
            ImageIO.write(strip, "png", file.toFile());
            out.println("wrote " + file.toAbsolutePath() + " (source, then levels 1 to 5)");
            return 0;
        } catch (InferenceException | IOException e) {
            out.println("demo: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Tensor> inputs(Tensor image, float level) {
        Tensor mask = Tensor.allocate(DType.FLOAT32, 1, 1, SIZE, SIZE);
        FloatBuffer m = mask.floats();
        for (int i = 0; i < m.limit(); i++) {
            m.put(i, 1f);
        }
        Tensor grain = Tensor.allocate(DType.FLOAT32, 1, 1, SIZE, SIZE);
        FloatBuffer g = grain.floats();
        Random random = new Random(11);
        for (int i = 0; i < g.limit(); i++) {
            g.put(i, (float) random.nextGaussian());
        }
        return Map.of("image", image, "mask", mask, "level", Tensor.ofFloats(new float[] {level}, 1), "grain", grain);
    }

    /** A skin-tone gradient with pore-sized noise and a few dark spots. */
    private static Tensor skinPatch(Random random) {
        Tensor t = Tensor.allocate(DType.FLOAT32, 1, 3, SIZE, SIZE);
        FloatBuffer f = t.floats();
        float[] tone = {0.86f, 0.67f, 0.55f};
        int[][] spots = {{90, 120}, {250, 80}, {200, 260}, {310, 300}};
        int plane = SIZE * SIZE;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                float shade = 0.85f + 0.15f * x / SIZE + 0.03f * (float) random.nextGaussian();
                for (int[] s : spots) {
                    double d2 = Math.pow(x - s[0], 2) + Math.pow(y - s[1], 2);
                    shade -= (float) (0.18 * Math.exp(-d2 / 18));
                }
                for (int c = 0; c < 3; c++) {
                    f.put(c * plane + y * SIZE + x, Math.min(1f, tone[c] * shade));
                }
            }
        }
        return t;
    }
}
