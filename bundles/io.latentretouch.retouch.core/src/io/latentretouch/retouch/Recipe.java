package io.latentretouch.retouch;

import java.util.List;

/**
 * An ordered list of steps with a name: a studio's look, applied the same way to every image of a shoot. Applying
 * a recipe with the same seed gives the same pixels. A recipe with a generation section also makes frames: it
 * generates one as the section says, then its steps finish it.
 *
 * @param generation how frames are generated, or null for a recipe that only retouches
 */
public record Recipe(String name, String description, List<Step> steps, GenerationSettings generation) {

    public Recipe {
        steps = List.copyOf(steps);
    }

    /** A recipe that only retouches. */
    public Recipe(String name, String description, List<Step> steps) {
        this(name, description, steps, null);
    }

    /** A short form for file names, e.g. {@code e-commerce-clean}. */
    public String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The same recipe with other steps. @since 3.2 */
    public Recipe withSteps(List<Step> others) {
        return new Recipe(name, description, others, generation);
    }

    /** The same recipe generating as {@code settings} says. @since 3.2 */
    public Recipe withGeneration(GenerationSettings settings) {
        return new Recipe(name, description, steps, settings);
    }
}
