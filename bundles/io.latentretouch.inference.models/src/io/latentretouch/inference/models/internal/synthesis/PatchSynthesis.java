package io.latentretouch.inference.models.internal.synthesis;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * Exemplar-based hole filling in the manner of Content-Aware Fill (space-time completion by patch votes, with
 * PatchMatch's randomized nearest-neighbour fields): coarse to fine, every pixel of the hole is voted by the 7×7
 * patches around it, each patch the nearest one found outside the hole, so the hole takes the texture of its
 * surroundings (weave, grain, hair, skin) instead of a smooth smear. Seeded and deterministic whatever the thread
 * count.
 */
public final class PatchSynthesis {

    /** Coarsest level: the hole no wider than this, or the image no smaller than this at half size. */
    private static final int COARSE_HOLE = 2 * NearestField.SIDE;
    private static final int COARSE_IMAGE = 48;
    /** Expectation–maximisation rounds per level, coarsest first, and search passes per round. */
    private static final int ROUNDS_COARSE = 6;
    private static final int ROUNDS_FINE = 4;
    private static final int PASSES = 3;

    private PatchSynthesis() {
    }

    /**
     * The image with every pixel where {@code hole} is above zero synthesised from the rest of the image; the image
     * itself (a copy) when nothing outside the hole can serve as a source.
     *
     * @throws InferenceException {@code CANCELLED} through the monitor, between rounds
     */
    public static PlanarImage fill(PlanarImage image, Mask hole, long seed, RunMonitor monitor) throws InferenceException {
        List<Level> levels = new ArrayList<>();
        levels.add(Level.of(image, hole));
        if (!levels.get(0).hasSources()) {
            return image.copy();
        }
        while (levels.get(levels.size() - 1).coarser()) {
            Level half = levels.get(levels.size() - 1).half();
            if (!half.hasSources()) {
                break;
            }
            levels.add(half);
        }
        Level coarsest = levels.get(levels.size() - 1);
        coarsest.start(seed);
        NearestField field = NearestField.random(coarsest, seed);
        for (int l = levels.size() - 1; l >= 0; l--) {
            Level level = levels.get(l);
            int rounds = l == levels.size() - 1 ? ROUNDS_COARSE : ROUNDS_FINE;
            for (int r = 0; r < rounds; r++) {
                monitor.checkCancelled();
                for (int p = 0; p < PASSES; p++) {
                    field = field.improved(level, seed, (l * 31 + r) * 7 + p);
                }
                if (l == 0 && r == rounds - 1) {
                    level.copyBest(field);
                } else {
                    level.vote(field);
                }
            }
            if (l > 0) {
                // the finer hole is first rebuilt from the carried matches, which point at the finer level's own
                // detail; scoring them against the coarse level's smoother synthesis would trade them for smooth
                // sources at once
                Level finer = levels.get(l - 1);
                field = field.upsampled(finer, seed);
                finer.vote(field);
                field = field.rescored(finer);
            }
        }
        return levels.get(0).image();
    }

    static boolean coarseEnough(int holeExtent, int width, int height) {
        return holeExtent <= COARSE_HOLE || Math.min(width, height) / 2 < COARSE_IMAGE;
    }
}
