package io.latentretouch.diffusion;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * What to generate.
 *
 * @param guidance classifier-free guidance scale; 1 or less runs the prompt alone, without the negative
 * @param width    in pixels, a multiple of 8
 * @param height   in pixels, a multiple of 8
 * @param init     the image to start from (image-to-image), or {@code null} to start from noise
 * @param strength how far the start is noised, in (0, 1]; 1 for text-to-image
 * @param mask     where to regenerate the start image (1) and where to keep it (0), at its size; {@code null} to
 *                 regenerate all of it
 * @param conditions images at the generation's size whose latents follow the latents in the UNet's input, in
 *                 order: a lighting UNet's foreground, then its background (IC-Light fc takes one, fbc two); empty
 *                 for every other UNet
 * @param guidanceRescale how far the guided prediction is rescaled to the conditional one's spread, in [0, 1]
 *                 ({@link Guidance#rescale}; 0 off, 0.7 the paper's value for zero-terminal-SNR models)
 */
public record Generation(String prompt, String negativePrompt, Sampler sampler, int steps, float guidance, long seed,
        int width, int height, PlanarImage init, double strength, Mask mask, List<PlanarImage> conditions,
        float guidanceRescale) {

    /** @throws IllegalArgumentException when the rescale is outside [0, 1] */
    public Generation {
        conditions = List.copyOf(conditions);
        if (!(guidanceRescale >= 0 && guidanceRescale <= 1)) {
            throw new IllegalArgumentException("The guidance rescale runs from 0 to 1, not " + guidanceRescale);
        }
    }

    /** Without guidance rescale. */
    public Generation(String prompt, String negativePrompt, Sampler sampler, int steps, float guidance, long seed,
            int width, int height, PlanarImage init, double strength, Mask mask, List<PlanarImage> conditions) {
        this(prompt, negativePrompt, sampler, steps, guidance, seed, width, height, init, strength, mask, conditions, 0);
    }

    /** The same request with its guided predictions rescaled by {@code phi}. @since 1.1 */
    public Generation withGuidanceRescale(float phi) {
        return new Generation(prompt, negativePrompt, sampler, steps, guidance, seed, width, height, init, strength, mask,
                conditions, phi);
    }

    /** Text to image. */
    public static Generation of(String prompt, String negativePrompt, Sampler sampler, int steps, float guidance,
            long seed, int width, int height) {
        return new Generation(prompt, negativePrompt, sampler, steps, guidance, seed, width, height, null, 1.0, null,
                List.of());
    }
}
