package io.latentretouch.imaging.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * Generates portraits with known truth: a face-shaped ellipse of skin on a studio backdrop, with a shading gradient,
 * low-frequency tonal variation, pore texture, eyes, brows, nostrils and lips at known places (a face detector finds
 * it, and the features have sharp edges the skin work must keep), and isolated blemishes at random but known places
 * on the skin between them. Deterministic per seed.
 */
public final class SyntheticSkin {

    /** Skin tones from light to deep, linear-ish sRGB values in [0, 1]. */
    public static final float[][] TONES = {{0.87f, 0.70f, 0.60f}, {0.76f, 0.56f, 0.44f}, {0.55f, 0.38f, 0.28f}, {0.36f, 0.24f, 0.17f}};
    private static final float[] BACKDROP = {0.42f, 0.47f, 0.55f};

    private SyntheticSkin() {
    }

    /** The face's inter-ocular distance, as a share of the image side. */
    public static final double IOD = 0.34;
    /** How far blemishes keep from the features, in IODs. */
    private static final double CLEARANCE = 0.2;

    /** A portrait of {@code size}×{@code size} pixels with {@code count} blemishes. */
    public static SkinSample portrait(int size, float[] tone, int count, long seed) {
        Random random = new Random(seed);
        Mask face = ellipse(size);
        SyntheticFeatures features = new SyntheticFeatures(size, size * IOD, tone);
        float[] pores = pores(size, seed);
        float[] variation = Blur.gaussian(Noise.gaussian(seed + 1, Region.of(size, size)), size, size, size / 24.0);
        normalise(variation, 0.035f);
        PlanarImage clean = PlanarImage.create(size, size, 3);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                float shade = 0.88f + 0.2f * x / size - 0.08f * y / size + variation[i] + pores[i];
                float m = face.values()[i];
                for (int c = 0; c < 3; c++) {
                    clean.plane(c)[i] = m * tone[c] * shade + (1 - m) * BACKDROP[c] * (0.9f + 0.1f * y / size);
                }
            }
        }
        Mask featureMask = features.paint(clean);
        float[] skin = face.values().clone();
        for (int i = 0; i < skin.length; i++) {
            skin[i] = featureMask.values()[i] > 0 ? 0f : skin[i];
        }
        Mask bare = Mask.wrap(size, size, skin);
        // blemishes keep clear of the features by a fifth of the eye distance, out of the zone a retoucher protects
        float[] clear = skin.clone();
        float[] near = Masks.dilate(featureMask, (int) Math.ceil(CLEARANCE * size * IOD)).values();
        for (int i = 0; i < clear.length; i++) {
            clear[i] = near[i] > 0 ? 0f : clear[i];
        }
        List<Blemish> blemishes = place(Mask.wrap(size, size, clear), size, count, random);
        PlanarImage image = clean.copy();
        for (Blemish b : blemishes) {
            stamp(image, b);
        }
        return new SkinSample(image, clean, bare, blemishes, featureMask, features.landmarks());
    }

    /** Pores: small dark dots of fine texture, about 1.5 % of the skin value. */
    private static float[] pores(int size, long seed) {
        float[] n = Noise.gaussian(seed, Region.of(size, size));
        float[] soft = Blur.gaussian(n, size, size, 0.8);
        normalise(soft, 0.018f);
        return soft;
    }

    private static void normalise(float[] v, float std) {
        double sq = 0;
        for (float f : v) {
            sq += f * f;
        }
        float k = (float) (std / Math.sqrt(sq / v.length));
        for (int i = 0; i < v.length; i++) {
            v[i] *= k;
        }
    }

    private static Mask ellipse(int size) {
        Mask m = Mask.empty(size, size);
        double cx = size / 2.0;
        double cy = size * 0.52;
        double rx = size * 0.36;
        double ry = size * 0.46;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.pow((x + 0.5 - cx) / rx, 2) + Math.pow((y + 0.5 - cy) / ry, 2);
                m.values()[y * size + x] = d <= 1 ? 1f : 0f;
            }
        }
        return m;
    }

    /** Spots well inside the skin, with skin all around them (no feature), and apart from each other. */
    private static List<Blemish> place(Mask face, int size, int count, Random random) {
        List<Blemish> spots = new ArrayList<>();
        int tries = 0;
        while (spots.size() < count && tries++ < count * 200) {
            double radius = size / 160.0 * (1 + random.nextDouble());
            int x = (int) (size * (0.2 + 0.6 * random.nextDouble()));
            int y = (int) (size * (0.15 + 0.7 * random.nextDouble()));
            // the square a blemish's contrast is measured in (five radii out, see Blemish) lies on bare skin
            int margin = (int) Math.ceil(radius * 5) + 1;
            boolean inside = x - margin >= 0 && y - margin >= 0 && x + margin < size && y + margin < size
                    && bare(face, x - margin, y - margin, 2 * margin + 1);
            boolean apart = spots.stream().allMatch(s -> Math.hypot(s.x() - x, s.y() - y) > 6 * Math.max(radius, s.radius()));
            if (inside && apart) {
                spots.add(new Blemish(x, y, radius, 0.18 + 0.12 * random.nextDouble()));
            }
        }
        return spots;
    }

    /** Whether every pixel of the square is skin. */
    private static boolean bare(Mask skin, int x0, int y0, int side) {
        for (int y = y0; y < y0 + side; y++) {
            for (int x = x0; x < x0 + side; x++) {
                if (skin.get(x, y) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Darkens the skin under a blemish, slightly reddened. */
    private static void stamp(PlanarImage image, Blemish b) {
        int r = (int) Math.ceil(b.radius() * 4);
        float[] redden = {0.6f, 1f, 1f};
        for (int y = b.y() - r; y <= b.y() + r; y++) {
            for (int x = b.x() - r; x <= b.x() + r; x++) {
                double w = b.depth() * Math.exp(-(Math.pow(x - b.x(), 2) + Math.pow(y - b.y(), 2)) / (2 * b.radius() * b.radius()));
                for (int c = 0; c < 3; c++) {
                    image.set(c, x, y, (float) (image.get(c, x, y) * (1 - w * redden[c])));
                }
            }
        }
    }
}
