package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameFiles;
import io.latentretouch.retouch.FrameGenerator;
import io.latentretouch.retouch.FrameRequest;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;

/**
 * {@code generate --recipe R --prompt "…" [--seed N] [--count N] [--init FILE --strength S] [--out DIR] [--markets …]}:
 * generates finished frames with a recipe's generation section and saves each, labelled, in the output folder (image
 * to image: in the start image's variants folder). Seeds run from {@code --seed} up, else follow the recipe's policy.
 */
@Component(service = Command.class)
public final class GenerateCommand implements Command {

    @Reference
    private FrameGenerator generator;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate finished frames (--recipe R --prompt \"…\" [--seed N] [--count N] [--init FILE --strength S] [--out DIR])";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        GenerateOptions o;
        try {
            o = GenerateOptions.parse(args);
        } catch (IllegalArgumentException | RecipeException e) {
            out.println("generate: " + e.getMessage());
            return 2;
        }
        try {
            var init = o.init == null ? null : ImageFiles.read(o.init).pixels();
            Path folder = o.init == null ? o.out : Variants.folderOf(o.init);
            GenerationSettings g = o.recipe.generation();
            long first = o.seed != null ? o.seed : g.seeds() == GenerationSettings.SeedPolicy.FIXED ? g.seed() : new SecureRandom().nextInt(Integer.MAX_VALUE);
            for (int k = 0; k < o.count; k++) {
                long seed = first + k;
                long start = System.nanoTime();
                Frame frame = generator.generate(new FrameRequest(o.recipe, o.prompt, seed, init, o.strength), progress(out, k));
                SavedVariant saved = FrameFiles.save(frame, folder, o.markets, o.init);
                out.printf(Locale.ROOT, "frame %d of %d: seed %d, %.1f s: %s%s%n", k + 1, o.count, seed, (System.nanoTime() - start) / 1e9,
                        saved.file(), saved.labelled() != null ? " (labelled copy " + saved.labelled().getFileName() + ")" : "");
                frame.result().notes().forEach(n -> out.println("  " + n));
            }
            return 0;
        } catch (DiffusionException | InferenceException | ImageIoException e) {
            out.println("generate: FAILED: " + e.getMessage());
            return 1;
        }
    }

    /** One line per frame that grows a dot per step. */
    private static GenerationMonitor progress(PrintStream out, int frame) {
        return new GenerationMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void stepped(int done, int total) {
                out.print(done == 1 ? "frame " + (frame + 1) + ": ." : done == total ? ".\n" : ".");
            }
        };
    }
}
