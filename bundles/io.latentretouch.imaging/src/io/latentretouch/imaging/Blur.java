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

    /**
     * A blur of any width at a cost independent of it: above a sigma of 4 the plane is area-reduced, blurred by the
     * remaining sigma and enlarged back (bilinear), as the models' wide blurs do.
     */
    public static float[] wide(float[] plane, int width, int height, double sigma) {
        int factor = (int) Math.floor(sigma / 2);
        if (factor < 2) {
            return gaussian(plane, width, height, sigma);
        }
        int w = Math.max(1, (width + factor - 1) / factor);
        int h = Math.max(1, (height + factor - 1) / factor);
        PlanarImage small = Resample.resize(PlanarImage.wrap(width, height, plane), w, h);
        float[] blurred = gaussian(small.plane(0), w, h, sigma / factor);
        return Resample.resize(PlanarImage.wrap(w, h, blurred), width, height).plane(0);
    }

    /**
     * The normalised 1-D Gaussian of radius {@code ceil(3 sigma)} every blur here uses; the generated models' blurs use
     * it too, so the live preview blurs exactly as they do.
     */
    public static float[] kernel(double sigma) {
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
