package io.latentretouch.batch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
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
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.Variants;

/** Retouches one file with each recipe and saves the variants; a failure is reported for that file and the rest go on. */
final class RetouchJob {

    /**
     * One variant made (or not).
     *
     * @param variant the saved file, or null when it failed
     * @param error   why it failed, one line, or null
     */
    record Outcome(Path file, Recipe recipe, Path variant, Retouched result, ImageDocument source, SkinMap skin, double seconds, String error) {
    }

    /** Where fabric steps that take the region given act: nowhere, the whole image, or a mask file. */
    interface FabricRegion {
        /** The region for this image, or null for none. @throws ImageIoException when a mask file cannot be read */
        Mask of(PlanarImage image) throws ImageIoException;
    }

    private final Retoucher retoucher;
    private final long seed;
    private final Set<Market> markets;
    private final FabricRegion fabric;

    RetouchJob(Retoucher retoucher, long seed, Set<Market> markets, FabricRegion fabric) {
        this.retoucher = retoucher;
        this.seed = seed;
        this.markets = markets;
        this.fabric = fabric;
    }

    List<Outcome> run(Path file, List<Recipe> recipes) {
        return run(file, recipes, fabric);
    }

    /** With another fabric region for this file (the sample shoot's garments are flat lays). */
    List<Outcome> run(Path file, List<Recipe> recipes, FabricRegion region) {
        List<Outcome> outcomes = new ArrayList<>();
        ImageDocument doc;
        SkinMap skin;
        RetouchMasks masks;
        try {
            doc = ImageFiles.read(file);
            skin = retoucher.skinMap(doc.pixels(), retoucher.faces(doc.pixels(), RunMonitor.NONE), RunMonitor.NONE);
            masks = RetouchMasks.of(skin).withFabric(region.of(doc.pixels()));
        } catch (ImageIoException | InferenceException e) {
            recipes.forEach(r -> outcomes.add(new Outcome(file, r, null, null, null, null, 0, e.getMessage())));
            return outcomes;
        }
        for (Recipe recipe : recipes) {
            long start = System.nanoTime();
            try {
                Retouched result = retoucher.apply(doc.pixels(), recipe, masks, seed, RunMonitor.NONE);
                Path variant = Variants.save(file, doc, result, recipe, seed, markets).file();
                outcomes.add(new Outcome(file, recipe, variant, result, doc, skin, (System.nanoTime() - start) / 1e9, null));
            } catch (ImageIoException | InferenceException e) {
                outcomes.add(new Outcome(file, recipe, null, null, doc, skin, (System.nanoTime() - start) / 1e9, e.getMessage()));
            }
        }
        return outcomes;
    }
}
