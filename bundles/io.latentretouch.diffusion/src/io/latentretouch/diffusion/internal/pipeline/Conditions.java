package io.latentretouch.diffusion.internal.pipeline;

import java.util.Arrays;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;

/** The channels a UNet's sample has after the latents, from the request's conditioning images. */
final class Conditions {

    private Conditions() {
    }

    /**
     * The latents of the request's conditioning images, one after the other, as the UNet's channels after the latents
     * (a lighting UNet's foreground and background); none for a plain UNet.
     */
    static float[] latents(Generation request, Vae vae, int channels)
            throws InferenceException, DiffusionException {
        int expected = Vae.CHANNELS * (1 + request.conditions().size());
        if (channels != expected) {
            throw new DiffusionException(Code.UNSUPPORTED, "The UNet takes " + channels + " channels but the request "
                    + "gives " + request.conditions().size() + " conditioning images (" + expected + " channels): "
                    + "IC-Light fc takes a foreground, fbc a foreground and a background, other UNets none");
        }
        float[] extra = new float[0];
        for (PlanarImage image : request.conditions()) {
            if (image.width() != request.width() || image.height() != request.height()) {
                throw new DiffusionException(Code.UNSUPPORTED, "A conditioning image is " + image.width() + "×"
                        + image.height() + ", the generation " + request.width() + "×" + request.height());
            }
            extra = concat(extra, vae.encode(image));
        }
        return extra;
    }

    static float[] concat(float[] a, float[] b) {
        float[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
