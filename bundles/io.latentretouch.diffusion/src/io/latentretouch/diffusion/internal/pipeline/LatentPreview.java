package io.latentretouch.diffusion.internal.pipeline;

import io.latentretouch.imaging.PlanarImage;

/**
 * A look at latents without the VAE: each pixel a linear mix of its four latent channels, with the community's
 * fitted factors for the SD 1.x/2.x latent space; rough colours at an eighth of the size, for microseconds.
 */
final class LatentPreview {

    private static final float[][] RGB_OF_CHANNEL = {
        {0.3512f, 0.2297f, 0.3227f},
        {0.3250f, 0.4974f, 0.2350f},
        {-0.2829f, 0.1762f, 0.2721f},
        {-0.2120f, -0.2616f, -0.7177f}};

    private LatentPreview() {
    }

    /** @param latents {@code [4, h, w]} flat, as the UNet denoises them (unscaled) */
    static PlanarImage of(float[] latents, int h, int w) {
        PlanarImage image = PlanarImage.create(w, h, 3);
        int n = h * w;
        for (int c = 0; c < 3; c++) {
            float[] plane = image.plane(c);
            for (int i = 0; i < n; i++) {
                float v = 0;
                for (int k = 0; k < Vae.CHANNELS; k++) {
                    v += latents[k * n + i] * RGB_OF_CHANNEL[k][c];
                }
                plane[i] = Math.clamp((v + 1) / 2, 0f, 1f);
            }
        }
        return image;
    }
}
