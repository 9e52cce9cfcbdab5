package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.TensorSpec;

/** Fitting images to what a model layout takes: fixed sizes, multiples, binary masks, value ranges. */
final class Layouts {

    private Layouts() {
    }

    /** The fixed height of the model's first input, or {@code fallback} when it is free. */
    static int fixedSide(ModelDescriptor model, int fallback) {
        TensorSpec first = model.contract().inputs().get(0);
        String h = first.dims().get(first.dims().size() - 2);
        return h.chars().allMatch(Character::isDigit) && !h.isEmpty() ? Integer.parseInt(h) : fallback;
    }

    /** 1 wherever the mask selects anything, else 0: the hole as hard-mask models expect it. */
    static Mask binary(Mask mask) {
        float[] v = mask.values();
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > 0 ? 1f : 0f;
        }
        return Mask.wrap(mask.width(), mask.height(), out);
    }

    static int roundUp(int value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    /**
     * The image enlarged to w × h at the right and bottom by mirroring it about its last column and row (the edge pixel
     * itself not repeated), so a model sees the texture continue instead of a smear of the edge; a pad wider than the
     * image folds back and forth.
     */
    static PlanarImage padReflect(PlanarImage src, int w, int h) {
        PlanarImage out = PlanarImage.create(w, h, src.channels());
        for (int c = 0; c < src.channels(); c++) {
            float[] s = src.plane(c);
            float[] d = out.plane(c);
            for (int y = 0; y < h; y++) {
                int row = reflect(y, src.height()) * src.width();
                System.arraycopy(s, row, d, y * w, src.width());
                for (int x = src.width(); x < w; x++) {
                    d[y * w + x] = s[row + reflect(x, src.width())];
                }
            }
        }
        return out;
    }

    /** The index that mirrors {@code i} into {@code [0, n)} without repeating the ends: n, n + 1 … read n - 2, n - 3 … */
    static int reflect(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int k = i % period;
        return k < n ? k : period - k;
    }

    /** Multiplies every value in place. */
    static void scale(PlanarImage image, float factor) {
        for (int c = 0; c < image.channels(); c++) {
            float[] p = image.plane(c);
            for (int i = 0; i < p.length; i++) {
                p[i] *= factor;
            }
        }
    }
}
