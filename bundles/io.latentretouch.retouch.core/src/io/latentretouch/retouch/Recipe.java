package io.latentretouch.retouch;

import java.util.List;

/**
 * An ordered list of steps with a name: a studio's look, applied the same way to every image of a shoot. Applying
 * a recipe with the same seed gives the same pixels.
 */
public record Recipe(String name, String description, List<Step> steps) {

    public Recipe {
        steps = List.copyOf(steps);
    }

    /** A short form for file names, e.g. {@code e-commerce-clean}. */
    public String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
