package io.latentretouch.inference.models.internal.synthesis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * One level of the synthesis pyramid: the working image (known pixels as given, hole pixels as synthesised so far),
 * the hole, the targets (pixels whose patch touches the hole) and the valid sources (pixels whose whole patch lies
 * inside the image and outside the hole).
 */
final class Level {

    private final PlanarImage image;
    private final boolean[] hole;
    private final int[] targets;
    private final int[] sources;
    private final boolean[] valid;
    private final int holeExtent;

    private Level(PlanarImage image, boolean[] hole) {
        this.image = image;
        this.hole = hole;
        int w = image.width();
        int h = image.height();
        int r = NearestField.RADIUS;
        boolean[] near = new boolean[w * h];
        int minX = w;
        int maxX = -1;
        int minY = h;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!hole[y * w + x]) {
                    continue;
                }
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    Arrays.fill(near, yy * w + Math.max(0, x - r), yy * w + Math.min(w - 1, x + r) + 1, true);
                }
            }
        }
        holeExtent = maxX < 0 ? 0 : Math.max(maxX - minX, maxY - minY) + 1;
        targets = IntStream.range(0, w * h).filter(i -> near[i]).toArray();
        valid = new boolean[w * h];
        for (int y = r; y < h - r; y++) {
            for (int x = r; x < w - r; x++) {
                valid[y * w + x] = !near[y * w + x];
            }
        }
        sources = IntStream.range(0, w * h).filter(i -> valid[i]).toArray();
    }

    static Level of(PlanarImage image, Mask mask) {
        float[] m = mask.values();
        boolean[] hole = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            hole[i] = m[i] > 0;
        }
        return new Level(image.copy(), hole);
    }

    /** Whether a level at half the size is still worth making. */
    boolean coarser() {
        return !PatchSynthesis.coarseEnough(holeExtent, image.width(), image.height());
    }

    /** Half the size: known pixels averaged over the known ones of each 2×2 block, a block with any hole is hole. */
    Level half() {
        PlanarImage small = PlanarImage.create(image.width() / 2, image.height() / 2, image.channels());
        float[][] planes = new float[image.channels()][];
        float[][] smallPlanes = new float[image.channels()][];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = image.plane(c);
            smallPlanes[c] = small.plane(c);
        }
        return new Level(small, Grid.halve(planes, hole, image.width(), image.height(), smallPlanes));
    }

    boolean hasSources() {
        return sources.length > 0;
    }

    /**
     * A first guess inside the hole: layer by layer from its edge, each pixel the mean of its known neighbours, plus
     * noise as strong as the variation of the pixels just around the hole, so the first matches are to textured
     * sources rather than to the smoothest ones.
     */
    void start(long seed) {
        int w = image.width();
        int h = image.height();
        boolean[] known = new boolean[hole.length];
        for (int i = 0; i < hole.length; i++) {
            known[i] = !hole[i];
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            boolean[] next = known.clone();
            for (int i = 0; i < hole.length; i++) {
                if (known[i]) {
                    continue;
                }
                int x = i % w;
                int y = i / w;
                float[] sum = new float[image.channels()];
                int n = 0;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                        if (known[yy * w + xx]) {
                            for (int c = 0; c < sum.length; c++) {
                                sum[c] += image.plane(c)[yy * w + xx];
                            }
                            n++;
                        }
                    }
                }
                if (n > 0) {
                    for (int c = 0; c < sum.length; c++) {
                        image.plane(c)[i] = sum[c] / n;
                    }
                    next[i] = true;
                    grew = true;
                }
            }
            known = next;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < image.channels(); c++) {
            float sigma = ringDeviation(image.plane(c));
            for (int i = 0; i < hole.length; i++) {
                if (hole[i]) {
                    image.plane(c)[i] += (float) (sigma * random.nextGaussian());
                }
            }
        }
    }

    /** Sum of squared differences of the patch around pixel {@code i} from its own mean, over the channels. */
    double variation(int i) {
        int w = image.width();
        int r = NearestField.RADIUS;
        int cx = i % w;
        int cy = i / w;
        double total = 0;
        for (int c = 0; c < image.channels(); c++) {
            float[] p = image.plane(c);
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (int y = Math.max(0, cy - r); y <= Math.min(image.height() - 1, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                    sum += p[y * w + x];
                    squares += p[y * w + x] * p[y * w + x];
                    n++;
                }
            }
            total += squares - sum * sum / n;
        }
        return total;
    }

    boolean inHole(int i) {
        return hole[i];
    }

    /** Standard deviation of the known pixels whose patches touch the hole. */
    private float ringDeviation(float[] p) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i : targets) {
            if (!hole[i]) {
                sum += p[i];
                squares += p[i] * p[i];
                n++;
            }
        }
        return n < 2 ? 0 : (float) Math.sqrt(Math.max(0, squares / n - (sum / n) * (sum / n)));
    }

    /** What a pixel of the hole becomes: its channel values into {@code out}, false to leave it as it is. */
    private interface Rule {
        boolean value(int x, int y, float[] out);
    }

    /** Applies the rule to every hole pixel, in parallel over rows, reading the image as it was before. */
    private void write(Rule rule) {
        int w = image.width();
        int channels = image.channels();
        float[][] next = new float[channels][];
        for (int c = 0; c < channels; c++) {
            next[c] = image.plane(c).clone();
        }
        IntStream.range(0, image.height()).parallel().forEach(y -> {
            float[] out = new float[channels];
            for (int x = 0; x < w; x++) {
                if (hole[y * w + x] && rule.value(x, y, out)) {
                    for (int c = 0; c < channels; c++) {
                        next[c][y * w + x] = out[c];
                    }
                }
            }
        });
        for (int c = 0; c < channels; c++) {
            System.arraycopy(next[c], 0, image.plane(c), 0, next[c].length);
        }
    }

    /**
     * Each hole pixel becomes the mean of what the patches covering it say it is: for every target whose patch holds
     * the pixel, the pixel at the same place in that target's match.
     */
    void vote(NearestField field) {
        int w = image.width();
        int h = image.height();
        int r = NearestField.RADIUS;
        write((x, y, out) -> {
            Arrays.fill(out, 0);
            int n = 0;
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    int tx = x - dx;
                    int ty = y - dy;
                    int s = tx < 0 || ty < 0 || tx >= w || ty >= h ? -1 : field.source(ty * w + tx);
                    if (s < 0) {
                        continue;
                    }
                    for (int c = 0; c < out.length; c++) {
                        out[c] += image.plane(c)[s + dy * w + dx];
                    }
                    n++;
                }
            }
            for (int c = 0; c < out.length; c++) {
                out[c] /= Math.max(1, n);
            }
            return n > 0;
        });
    }

    /** Each hole pixel becomes the pixel of the best match covering it: the last round, which keeps grain sharp. */
    void copyBest(NearestField field) {
        int w = image.width();
        int h = image.height();
        int r = NearestField.RADIUS;
        write((x, y, out) -> {
            int best = -1;
            float bestD = Float.MAX_VALUE;
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    int tx = x - dx;
                    int ty = y - dy;
                    int s = tx < 0 || ty < 0 || tx >= w || ty >= h ? -1 : field.source(ty * w + tx);
                    if (s >= 0 && field.distance(ty * w + tx) < bestD) {
                        bestD = field.distance(ty * w + tx);
                        best = s + dy * w + dx;
                    }
                }
            }
            for (int c = 0; c < out.length && best >= 0; c++) {
                out[c] = image.plane(c)[best];
            }
            return best >= 0;
        });
    }

    PlanarImage image() {
        return image;
    }

    int width() {
        return image.width();
    }

    int height() {
        return image.height();
    }

    int[] targets() {
        return targets;
    }

    int[] sources() {
        return sources;
    }

    /** Whether a pixel can be a source patch's centre: its whole patch inside the image and outside the hole. */
    boolean isSource(int x, int y) {
        return x >= 0 && y >= 0 && x < image.width() && y < image.height() && valid[y * image.width() + x];
    }
}
