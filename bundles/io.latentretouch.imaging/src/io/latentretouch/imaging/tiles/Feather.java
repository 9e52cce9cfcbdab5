package io.latentretouch.imaging.tiles;

/**
 * Raised-cosine blending weights along one axis of a padded tile. Near an edge that is inside the image the weight is
 * 0 for the first {@code guard} pixels, rises as a raised cosine until {@code margin}, and is 1 beyond; at an image
 * border it is 1 throughout.
 */
final class Feather {

    private Feather() {
    }

    /**
     * Weights for the {@code length} pixels of a padded tile that starts at {@code start} in an axis of {@code size}
     * pixels. All quantities are in output pixels.
     */
    static float[] weights(int start, int length, int size, int margin, int guard) {
        float[] w = new float[length];
        boolean lowInside = start > 0;
        boolean highInside = start + length < size;
        for (int i = 0; i < length; i++) {
            float low = lowInside ? ramp(i, margin, guard) : 1f;
            float high = highInside ? ramp(length - 1 - i, margin, guard) : 1f;
            w[i] = low * high;
        }
        return w;
    }

    /** Weight at distance {@code d} from a tile edge. */
    private static float ramp(int d, int margin, int guard) {
        if (d < guard) {
            return 0f;
        }
        if (d >= margin) {
            return 1f;
        }
        double t = (d - guard + 0.5) / (margin - guard);
        return (float) (0.5 - 0.5 * Math.cos(Math.PI * t));
    }
}
