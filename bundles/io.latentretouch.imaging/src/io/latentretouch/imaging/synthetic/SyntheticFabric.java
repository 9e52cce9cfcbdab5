package io.latentretouch.imaging.synthetic;

import java.util.Random;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Noise;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * Generates a garment swatch: a dyed fabric with a fine weave and soft folds (a few oriented waves of 30–70 pixel
 * period). The folds are returned separately as the truth of what a pressing should remove. Deterministic per seed.
 */
public final class SyntheticFabric {

    private SyntheticFabric() {
    }

    /**
     * @return {image, folds}: the swatch, and the folds' relative luminance change per pixel (one channel)
     */
    public static PlanarImage[] swatch(int width, int height, float[] dye, long seed) {
        Random random = new Random(seed);
        float[] folds = new float[width * height];
        for (int k = 0; k < 4; k++) {
            double angle = random.nextDouble() * Math.PI;
            double period = 30 + 40 * random.nextDouble();
            double phase = random.nextDouble() * 2 * Math.PI;
            double amplitude = 0.05 + 0.04 * random.nextDouble();
            double ax = Math.cos(angle) * 2 * Math.PI / period;
            double ay = Math.sin(angle) * 2 * Math.PI / period;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    folds[y * width + x] += (float) (amplitude * Math.sin(ax * x + ay * y + phase));
                }
            }
        }
        float[] weave = Blur.gaussian(Noise.gaussian(seed, Region.of(width, height)), width, height, 0.6);
        PlanarImage image = PlanarImage.create(width, height, 3);
        for (int i = 0; i < folds.length; i++) {
            float shade = 1 + folds[i] + 0.02f * weave[i];
            for (int c = 0; c < 3; c++) {
                image.plane(c)[i] = dye[c] * shade;
            }
        }
        return new PlanarImage[] {image, PlanarImage.wrap(width, height, folds)};
    }
}
