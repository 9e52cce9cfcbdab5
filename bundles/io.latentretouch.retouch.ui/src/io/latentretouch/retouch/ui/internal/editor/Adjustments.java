package io.latentretouch.retouch.ui.internal.editor;

import java.util.List;

import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Step;

/**
 * The panel's settings: imperfection level, fabric, lighting, and the name of the recipe they came from. A recipe in,
 * a recipe out.
 */
public record Adjustments(String name, double level, double fabric, double glow, double key, double direction) {

    public static final Adjustments NEUTRAL = new Adjustments("custom", 3, 0, 0, 0, 135);

    public static Adjustments of(Recipe recipe) {
        Adjustments a = NEUTRAL.named(recipe.name());
        for (Step s : recipe.steps()) {
            a = switch (s) {
                case Step.Imperfection i -> a.withLevel(i.level());
                case Step.Fabric f -> a.withFabric(f.strength());
                case Step.Lighting l -> a.withGlow(l.glow()).withKey(l.key()).withDirection(l.direction());
            };
        }
        return a;
    }

    public Recipe recipe() {
        return new Recipe(name, "", List.of(new Step.Imperfection(level), new Step.Fabric(fabric), new Step.Lighting(glow, key, direction)));
    }

    public Adjustments withLevel(double l) {
        return new Adjustments(name, l, fabric, glow, key, direction);
    }

    public Adjustments withFabric(double f) {
        return new Adjustments(name, level, f, glow, key, direction);
    }

    public Adjustments withGlow(double g) {
        return new Adjustments(name, level, fabric, g, key, direction);
    }

    public Adjustments withKey(double k) {
        return new Adjustments(name, level, fabric, glow, k, direction);
    }

    public Adjustments withDirection(double d) {
        return new Adjustments(name, level, fabric, glow, key, d);
    }

    public Adjustments named(String n) {
        return new Adjustments(n, level, fabric, glow, key, direction);
    }
}
