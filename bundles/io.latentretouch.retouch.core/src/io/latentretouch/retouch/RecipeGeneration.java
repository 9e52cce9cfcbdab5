package io.latentretouch.retouch;

import java.util.Arrays;
import java.util.Locale;

import com.google.gson.JsonObject;

import io.latentretouch.diffusion.Sampler;

/** The generation section of a recipe file, read and written. */
final class RecipeGeneration {

    private RecipeGeneration() {
    }

    /** @throws IllegalArgumentException naming a sampler or seed policy that does not exist, or a value out of range */
    static GenerationSettings read(JsonObject j) {
        JsonObject seed = j.has("seed") ? j.getAsJsonObject("seed") : new JsonObject();
        JsonObject lighting = j.has("lighting") ? j.getAsJsonObject("lighting") : new JsonObject();
        JsonObject size = j.getAsJsonObject("size");
        return new GenerationSettings(text(j, "model", ""), text(j, "prompt", GenerationSettings.PROMPT),
                text(j, "negativePrompt", ""), sampler(text(j, "sampler", Sampler.EULER_ANCESTRAL.label())),
                j.get("steps").getAsInt(), j.get("guidance").getAsDouble(), size.get("width").getAsInt(),
                size.get("height").getAsInt(), policy(text(seed, "policy", "random")),
                seed.has("value") ? seed.get("value").getAsLong() : 0, text(lighting, "adapter", ""),
                lighting.has("strength") ? lighting.get("strength").getAsDouble() : 0.7);
    }

    static JsonObject write(GenerationSettings g) {
        JsonObject j = new JsonObject();
        j.addProperty("model", g.model());
        j.addProperty("prompt", g.promptTemplate());
        j.addProperty("negativePrompt", g.negativePrompt());
        j.addProperty("sampler", g.sampler().label());
        j.addProperty("steps", g.steps());
        j.addProperty("guidance", g.guidance());
        JsonObject size = new JsonObject();
        size.addProperty("width", g.width());
        size.addProperty("height", g.height());
        j.add("size", size);
        JsonObject seed = new JsonObject();
        seed.addProperty("policy", g.seeds().name().toLowerCase(Locale.ROOT));
        seed.addProperty("value", g.seed());
        j.add("seed", seed);
        JsonObject lighting = new JsonObject();
        lighting.addProperty("adapter", g.lightingAdapter());
        lighting.addProperty("strength", g.lightingStrength());
        j.add("lighting", lighting);
        return j;
    }

    private static Sampler sampler(String label) {
        return Arrays.stream(Sampler.values()).filter(s -> s.label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sampler '" + label + "', expected one of "
                        + Arrays.stream(Sampler.values()).map(Sampler::label).toList()));
    }

    private static GenerationSettings.SeedPolicy policy(String name) {
        return Arrays.stream(GenerationSettings.SeedPolicy.values()).filter(p -> p.name().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown seed policy '" + name
                        + "', expected random or fixed"));
    }

    private static String text(JsonObject o, String field, String fallback) {
        return o.has(field) ? o.get(field).getAsString() : fallback;
    }
}
