package io.latentretouch.retouch.ui.internal.editor;

import java.util.List;

import io.latentretouch.retouch.FabricRegion;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Step;

/**
 * The panel's settings: imperfection level, fabric and where it acts, lighting, and the name of the recipe they came
 * from. A recipe in, a recipe out.
 */
public record Adjustments(String name, double level, double fabric, FabricRegion region, double glow, double key, double direction) {

    public static final Adjustments NEUTRAL = new Adjustments("custom", 3, 0, FabricRegion.GIVEN, 0, 0, 135);

    public static Adjustments of(Recipe recipe) {
        Adjustments a = NEUTRAL.named(recipe.name());
        for (Step s : recipe.steps()) {
            a = switch (s) {
                case Step.Imperfection i -> a.withLevel(i.level());
                case Step.Fabric f -> a.withFabric(f.strength()).withRegion(f.region());
                case Step.Lighting l -> a.withGlow(l.glow()).withKey(l.key()).withDirection(l.direction());
            };
        }
        return a;
    }

    public Recipe recipe() {
        return new Recipe(name, "", List.of(new Step.Imperfection(level), new Step.Fabric(fabric, region), new Step.Lighting(glow, key, direction)));
    }

    public Adjustments withLevel(double l) {
        return new Adjustments(name, l, fabric, region, glow, key, direction);
    }

    public Adjustments withFabric(double f) {
        return new Adjustments(name, level, f, region, glow, key, direction);
    }

    public Adjustments withRegion(FabricRegion r) {
        return new Adjustments(name, level, fabric, r, glow, key, direction);
    }

    public Adjustments withGlow(double g) {
        return new Adjustments(name, level, fabric, region, g, key, direction);
    }

    public Adjustments withKey(double k) {
        return new Adjustments(name, level, fabric, region, glow, k, direction);
    }

    public Adjustments withDirection(double d) {
        return new Adjustments(name, level, fabric, region, glow, key, d);
    }

    public Adjustments named(String n) {
        return new Adjustments(n, level, fabric, region, glow, key, direction);
    }
}
