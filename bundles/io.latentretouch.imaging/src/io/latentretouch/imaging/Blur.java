package io.latentretouch.imaging;

/** Separable Gaussian blur of one plane, borders extended with their edge pixels. */
public final class Blur {

    private Blur() {
    }

    /** Blurs {@code plane} (width × height) with standard deviation {@code sigma}; returns a new plane. */
    public static float[] gaussian(float[] plane, int width, int height, double sigma) {
        if (sigma <= 0) {
            return plane.clone();
        }
        float[] k = kernel(sigma);
        int r = k.length / 2;
        float[] tmp = new float[plane.length];
        float[] out = new float[plane.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * plane[row + Math.min(width - 1, Math.max(0, x + i))];
                }
                tmp[row + x] = s;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) {
                    s += k[i + r] * tmp[Math.min(height - 1, Math.max(0, y + i)) * width + x];
                }
                out[y * width + x] = s;
            }
        }
        return out;
    }

    /** Normalised kernel of radius {@code ceil(3 sigma)}. */
    static float[] kernel(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            sum += Math.exp(-(i * i) / (2 * sigma * sigma));
        }
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) (Math.exp(-(i * i) / (2 * sigma * sigma)) / sum);
        }
        return k;
    }
}
