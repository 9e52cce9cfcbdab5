package io.latentretouch.retouch;

import io.latentretouch.imaging.PlanarImage;

/**
 * What to generate: a recipe with a generation section and the user's words.
 *
 * @param recipe   how to generate and finish the frame
 * @param words    the user's prompt, put into the recipe's template
 * @param seed     the seed of the generation and of the steps' random choices
 * @param init     the image to start from (image to image, RGB in its own encoding), or null to start from noise
 * @param strength how far {@code init} is noised, in (0, 1]; ignored without one
 */
public record FrameRequest(Recipe recipe, String words, long seed, PlanarImage init, double strength) {

    /** @throws IllegalArgumentException when the recipe has no generation section or the strength is out of range */
    public FrameRequest {
        if (recipe.generation() == null) {
            throw new IllegalArgumentException("The recipe '" + recipe.name() + "' has no generation section: it only retouches");
        }
        if (init != null && !(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("The strength runs above 0 to 1, not " + strength);
        }
    }

    /** Text to image. */
    public static FrameRequest of(Recipe recipe, String words, long seed) {
        return new FrameRequest(recipe, words, seed, null, 1);
    }
}
