package io.latentretouch.diffusion.internal.pipeline;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;

/**
 * Regenerating a masked area, as diffusers does for each kind of UNet: an inpainting UNet (9 input channels) sees
 * the latents, the mask and the masked image's latents, in that order; a plain UNet (4) denoises everything and after
 * each step the kept area is put back, noised to the next step's level, and at the end exactly.
 */
final class Inpaint {

    private final float[] mask;
    private final float[] known;
    private final float[] maskedLatents;

    private Inpaint(float[] mask, float[] known, float[] maskedLatents) {
        this.mask = mask;
        this.known = known;
        this.maskedLatents = maskedLatents;
    }

    /** @param channels the UNet's input channels: 9 for an inpainting UNet, 4 for a plain one */
    static Inpaint prepare(Vae vae, PlanarImage image, Mask mask, int h, int w, int channels)
            throws InferenceException, DiffusionException {
        if (mask.width() != image.width() || mask.height() != image.height()) {
            throw new DiffusionException(Code.UNSUPPORTED, "The mask is " + mask.width() + "×" + mask.height()
                    + ", the start image " + image.width() + "×" + image.height());
        }
        float[] small = latentMask(mask, h, w);
        if (channels == Vae.CHANNELS) {
            return new Inpaint(small, vae.encode(image), null);
        }
        if (channels != 2 * Vae.CHANNELS + 1) {
            throw new DiffusionException(Code.UNSUPPORTED, "The UNet takes " + channels
                    + " channels: expected 4 (a plain UNet) or 9 (an inpainting UNet)");
        }
        PlanarImage masked = image.copy();
        for (int c = 0; c < masked.channels(); c++) {
            float[] plane = masked.plane(c);
            for (int i = 0; i < plane.length; i++) {
                plane[i] = mask.values()[i] < 0.5f ? plane[i] : 0f;
            }
        }
        return new Inpaint(small, null, vae.encode(masked));
    }

    /**
     * What an inpainting UNet's sample has after the latents: the mask and the masked image's latents; nothing for a
     * plain UNet.
     */
    float[] extra() {
        if (maskedLatents == null) {
            return new float[0];
        }
        return Conditions.concat(mask, maskedLatents);
    }

    /**
     * The latents after step {@code step} with the kept area put back (a plain UNet): noised to where the next step
     * begins, or as it is after the last.
     */
    float[] keep(float[] latents, Scheduler scheduler, float[] noise, int step, int steps) {
        if (known == null) {
            return latents;
        }
        float[] kept = step + 1 < steps ? scheduler.addNoise(known, noise, step + 1) : known;
        int n = mask.length;
        float[] out = latents.clone();
        for (int c = 0; c < Vae.CHANNELS; c++) {
            for (int i = 0; i < n; i++) {
                out[c * n + i] = mask[i] * latents[c * n + i] + (1 - mask[i]) * kept[c * n + i];
            }
        }
        return out;
    }

    /** The mask at latent size, nearest neighbour as torch's interpolate picks it, binarised at ½. */
    private static float[] latentMask(Mask mask, int h, int w) {
        float[] small = new float[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = x * Vae.FACTOR;
                int sy = y * Vae.FACTOR;
                small[y * w + x] = mask.get(sx, sy) >= 0.5f ? 1f : 0f;
            }
        }
        return small;
    }
}
