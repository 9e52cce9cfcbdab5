package io.latentretouch.batch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Variants;

/** Retouches one file with each recipe and saves the variants; a failure is reported for that file and the rest go on. */
final class RetouchJob {

    /**
     * One variant made (or not).
     *
     * @param variant the saved file, or null when it failed
     * @param error   why it failed, one line, or null
     */
    record Outcome(Path file, Recipe recipe, Path variant, Retouched result, ImageDocument source, Mask skin, double seconds, String error) {
    }

    private final Retoucher retoucher;
    private final long seed;
    private final Set<Market> markets;

    RetouchJob(Retoucher retoucher, long seed, Set<Market> markets) {
        this.retoucher = retoucher;
        this.seed = seed;
        this.markets = markets;
    }

    List<Outcome> run(Path file, List<Recipe> recipes) {
        List<Outcome> outcomes = new ArrayList<>();
        ImageDocument doc;
        Mask skin;
        try {
            doc = ImageFiles.read(file);
            skin = retoucher.skinMask(doc.pixels(), RunMonitor.NONE);
        } catch (ImageIoException | InferenceException e) {
            recipes.forEach(r -> outcomes.add(new Outcome(file, r, null, null, null, null, 0, e.getMessage())));
            return outcomes;
        }
        for (Recipe recipe : recipes) {
            long start = System.nanoTime();
            try {
                Retouched result = retoucher.apply(doc.pixels(), recipe, RetouchMasks.fromSkin(skin), seed, RunMonitor.NONE);
                Path variant = Variants.save(file, doc, result, recipe, seed, markets).file();
                outcomes.add(new Outcome(file, recipe, variant, result, doc, skin, (System.nanoTime() - start) / 1e9, null));
            } catch (ImageIoException | InferenceException e) {
                outcomes.add(new Outcome(file, recipe, null, null, doc, skin, (System.nanoTime() - start) / 1e9, e.getMessage()));
            }
        }
        return outcomes;
    }
}
