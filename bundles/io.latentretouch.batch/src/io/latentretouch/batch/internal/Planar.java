package io.latentretouch.batch.internal;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;

import io.latentretouch.inference.Tensor;

/** Small helpers over [1,3,H,W] float tensors holding RGB in [0,1]. */
final class Planar {

    private Planar() {
    }

    /** Paints the tensor into {@code target} with its left edge at {@code x0}. */
    static void paint(Tensor t, BufferedImage target, int x0) {
        FloatBuffer f = t.floats();
        int h = (int) t.dim(2);
        int w = (int) t.dim(3);
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int rgb = byteOf(f.get(i)) << 16 | byteOf(f.get(plane + i)) << 8 | byteOf(f.get(2 * plane + i));
                target.setRGB(x0 + x, y, rgb);
            }
        }
    }

    /** Mean squared difference between horizontal neighbours of the green plane: how much fine detail there is. */
    static double detailEnergy(Tensor t) {
        FloatBuffer f = t.floats();
        int h = (int) t.dim(2);
        int w = (int) t.dim(3);
        int g = w * h;
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 1; x < w; x++) {
                double d = f.get(g + y * w + x) - f.get(g + y * w + x - 1);
                sum += d * d;
            }
        }
        return sum / (h * (w - 1.0));
    }

    private static int byteOf(float v) {
        return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
    }
}
