package io.latentretouch.diffusion;

import java.util.List;

import io.latentretouch.imaging.PlanarImage;

/**
 * Relighting with a lighting UNet (IC-Light's layout: the latents, then the foreground's, then for the fbc model the
 * background's): the start is a gradient that is bright where the light comes from, noised by the strength, and the
 * UNet redraws the subject under that light as the prompt describes it.
 */
public final class Lighting {

    /** Where the light comes from. */
    public enum Direction {
        LEFT, RIGHT, TOP, BOTTOM
    }

    private Lighting() {
    }

    /**
     * The relighting of {@code foreground} (and of {@code background} for a UNet that takes one, else {@code null}),
     * all at the foreground's size.
     *
     * @param strength how far the gradient start is noised: near 1 the light follows the prompt more than the
     *                 direction, lower keeps the direction's fall-off
     */
    public static Generation relight(String prompt, String negativePrompt, PlanarImage foreground,
            PlanarImage background, Direction direction, double strength, Sampler sampler, int steps, float guidance,
            long seed) {
        int w = foreground.width();
        int h = foreground.height();
        List<PlanarImage> conditions = background == null ? List.of(foreground) : List.of(foreground, background);
        return new Generation(prompt, negativePrompt, sampler, steps, guidance, seed, w, h, gradient(direction, w, h),
                strength, null, conditions);
    }

    /** Grey from white where the light comes from to black on the far side, as IC-Light starts. */
    public static PlanarImage gradient(Direction direction, int width, int height) {
        PlanarImage image = PlanarImage.create(width, height, 3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = switch (direction) {
                    case LEFT -> 1 - x / (float) Math.max(1, width - 1);
                    case RIGHT -> x / (float) Math.max(1, width - 1);
                    case TOP -> 1 - y / (float) Math.max(1, height - 1);
                    case BOTTOM -> y / (float) Math.max(1, height - 1);
                };
                for (int c = 0; c < 3; c++) {
                    image.set(c, x, y, v);
                }
            }
        }
        return image;
    }
}
