package io.latentretouch.imaging.synthetic;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * The features of a synthetic face: eyes (sclera, iris, pupil), brows, nostrils and lips, painted as soft-edged
 * ellipses at places fixed by the face's size, with their landmarks in the order a BlazeFace detector gives them.
 */
final class SyntheticFeatures {

    private static final float[] SCLERA = {0.95f, 0.95f, 0.93f};
    private static final float[] IRIS = {0.30f, 0.20f, 0.12f};
    private static final float[] PUPIL = {0.03f, 0.03f, 0.03f};
    private static final float[] BROW = {0.25f, 0.17f, 0.12f};
    /** Lips and nostrils take the skin's tone, redder or darker. */
    private static final float[] LIPS = {0.85f, 0.55f, 0.6f};
    private static final float NOSTRIL = 0.35f;
    /** Edge softness, in pixels. */
    private static final double SOFT = 1.5;

    private final int size;
    private final double iod;
    private final float[] tone;
    private final double cx;
    private final double eyes;
    private final double nose;
    private final double mouth;

    SyntheticFeatures(int size, double iod, float[] tone) {
        this.size = size;
        this.iod = iod;
        this.tone = tone;
        this.cx = size / 2.0;
        this.eyes = size * 0.40;
        this.nose = size * 0.57;
        this.mouth = size * 0.68;
    }

    /** Paints the features into the image; returns where they are (1 inside, soft at the edges). */
    Mask paint(PlanarImage image) {
        Mask where = Mask.empty(size, size);
        float[] lips = {tone[0] * LIPS[0], tone[1] * LIPS[1], tone[2] * LIPS[2]};
        float[] nostril = {tone[0] * NOSTRIL, tone[1] * NOSTRIL, tone[2] * NOSTRIL};
        for (int side = -1; side <= 1; side += 2) {
            double ex = cx + side * iod / 2;
            ellipse(image, where, ex, eyes, 0.22 * iod, 0.09 * iod, SCLERA);
            ellipse(image, where, ex, eyes, 0.085 * iod, 0.085 * iod, IRIS);
            ellipse(image, where, ex, eyes, 0.035 * iod, 0.035 * iod, PUPIL);
            ellipse(image, where, ex, eyes - 0.22 * iod, 0.26 * iod, 0.045 * iod, BROW);
            ellipse(image, where, cx + side * 0.09 * iod, nose, 0.04 * iod, 0.025 * iod, nostril);
        }
        ellipse(image, where, cx, mouth, 0.30 * iod, 0.07 * iod, lips);
        return where;
    }

    /** Right eye, left eye, nose tip, mouth, right ear, left ear: x and y each. */
    double[] landmarks() {
        double ear = size * 0.36;
        return new double[] {cx - iod / 2, eyes, cx + iod / 2, eyes, cx, nose - 0.04 * iod, cx, mouth, cx - ear, eyes + 0.1 * iod,
            cx + ear, eyes + 0.1 * iod};
    }

    private void ellipse(PlanarImage image, Mask where, double x0, double y0, double ax, double ay, float[] colour) {
        int r = (int) Math.ceil(Math.max(ax, ay) + 2 * SOFT);
        for (int y = Math.max(0, (int) y0 - r); y < Math.min(size, (int) y0 + r + 1); y++) {
            for (int x = Math.max(0, (int) x0 - r); x < Math.min(size, (int) x0 + r + 1); x++) {
                double d = Math.hypot((x + 0.5 - x0) / ax, (y + 0.5 - y0) / ay);
                float w = (float) Math.max(0, Math.min(1, (1 - d) * Math.min(ax, ay) / SOFT + 0.5));
                if (w > 0) {
                    int i = y * size + x;
                    for (int c = 0; c < 3; c++) {
                        image.plane(c)[i] = image.plane(c)[i] * (1 - w) + colour[c] * w;
                    }
                    where.values()[i] = Math.max(where.values()[i], Math.min(1, 2 * w));
                }
            }
        }
    }
}
