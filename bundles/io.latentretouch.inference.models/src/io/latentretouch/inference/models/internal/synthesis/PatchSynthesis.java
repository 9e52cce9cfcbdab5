package io.latentretouch.inference.models.internal.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
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
    /**
     * Search work a fine level gets at most, in target pixels times passes: a small hole gets every round and pass,
     * the finest levels of a large one fewer (at least one), since {@link Structure} gives the shape and the finest
     * level only carries the detail, and it is there that a large hole costs the most.
     */
    private static final long BUDGET = (long) ROUNDS_FINE * PASSES * 8192;
    /** Detail finer than this Gaussian's σ comes from the exemplars, the rest from the membrane. */
    private static final double DETAIL = 2;
    /** Pixels from the hole's edge over which the detail fades in. */
    private static final int TAPER = 3;
    /** Width of the band around the hole whose detail sets the hole's, and the most the detail is amplified. */
    private static final int RING = 8;
    private static final double MAX_GAIN = 3;
    /** Matches closer than this fraction of a patch's own variation are repetitions, not likenesses. */
    private static final double REPEAT = 0.05;

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
            int work = (int) Math.max(1, Math.min(ROUNDS_FINE * PASSES, BUDGET / Math.max(1, level.targets().length)));
            int rounds = l == levels.size() - 1 ? ROUNDS_COARSE : (work + PASSES - 1) / PASSES;
            int passes = l == levels.size() - 1 ? PASSES : (work + rounds - 1) / rounds;
            for (int r = 0; r < rounds; r++) {
                for (int p = 0; p < passes; p++) {
                    field = field.improved(level, seed, (l * 31 + r) * 7 + p, monitor);
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
                monitor.checkCancelled();
                field = field.upsampled(finer, seed);
                finer.vote(field);
                field = field.rescored(finer);
            }
        }
        Level finest = levels.get(0);
        return repeats(finest, field) ? finest.image() : detailOverMembrane(image, hole, finest.image(), monitor);
    }

    /**
     * Whether the hole lies in a pattern that repeats exactly (a print, a check, a weave of large period): the patches
     * on its edge, which hold known pixels, lie closer to their matches than {@link #REPEAT} of their own variation
     * (the median patch). There the exemplars carry the pattern's shapes too, which a smooth structure would level out.
     * (Patches inside the hole are no evidence: they are made of their matches.)
     */
    private static boolean repeats(Level level, NearestField field) {
        double[] ratios = Arrays.stream(level.targets()).filter(i -> !level.inHole(i) && field.source(i) >= 0)
                .mapToDouble(i -> field.distance(i) / Math.max(1e-9, level.variation(i))).sorted().toArray();
        return ratios.length > 0 && ratios[ratios.length / 2] < REPEAT;
    }

    /**
     * Structure and texture apart (as in simultaneous structure and texture inpainting): the smooth shape of
     * {@link Structure}, which meets the hole's surroundings with no step, and the exemplars' detail finer than
     * {@link #DETAIL}, faded in over the hole's first {@link #TAPER} pixels (fewer in a thinner hole).
     */
    private static PlanarImage detailOverMembrane(PlanarImage image, Mask hole, PlanarImage synthesised, RunMonitor monitor)
            throws InferenceException {
        int w = image.width();
        int h = image.height();
        boolean[] inHole = new boolean[w * h];
        for (int i = 0; i < inHole.length; i++) {
            inHole[i] = hole.values()[i] > 0;
        }
        float[][] planes = new float[image.channels()][];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = image.plane(c).clone();
        }
        Structure.fill(planes, w, h, inHole, monitor);
        float[] weight = Depth.of(inHole, w, h, TAPER);
        boolean[] ring = Depth.ring(inHole, w, h, RING);
        PlanarImage out = image.copy();
        // the detail is needed in the hole and its ring only: blurred over their box with the kernel's reach around it
        Region box = hole.bounds().expand(RING + (int) Math.ceil(4 * DETAIL)).intersect(image.bounds());
        PlanarImage around = synthesised.crop(box);
        for (int c = 0; c < planes.length; c++) {
            monitor.checkCancelled();
            float[] s = synthesised.plane(c);
            float[] low = Blur.gaussian(around.plane(c), box.width(), box.height(), DETAIL);
            float[] detail = new float[s.length];
            for (int y = box.y(); y < box.bottom(); y++) {
                for (int x = box.x(); x < box.right(); x++) {
                    detail[y * w + x] = s[y * w + x] - low[(y - box.y()) * box.width() + x - box.x()];
                }
            }
            float gain = gain(detail, inHole, ring);
            float[] o = out.plane(c);
            for (int i = 0; i < o.length; i++) {
                if (inHole[i]) {
                    o[i] = planes[c][i] + gain * weight[i] * detail[i];
                }
            }
        }
        return out;
    }

    /**
     * How much the hole's detail is amplified so its energy is that of the ring around the hole: patch votes average
     * grain away, and the closest patches to a grainy target are smoother than it.
     */
    private static float gain(float[] detail, boolean[] hole, boolean[] ring) {
        double inside = 0;
        double around = 0;
        int n = 0;
        int m = 0;
        for (int i = 0; i < detail.length; i++) {
            if (hole[i]) {
                inside += detail[i] * detail[i];
                n++;
            } else if (ring[i]) {
                around += detail[i] * detail[i];
                m++;
            }
        }
        if (n == 0 || m == 0 || inside == 0) {
            return 1;
        }
        return (float) Math.max(1, Math.min(MAX_GAIN, Math.sqrt((around / m) / (inside / n))));
    }

    static boolean coarseEnough(int holeExtent, int width, int height) {
        return holeExtent <= COARSE_HOLE || Math.min(width, height) / 2 < COARSE_IMAGE;
    }
}
