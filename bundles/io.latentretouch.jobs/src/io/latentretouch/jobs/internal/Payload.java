package io.latentretouch.jobs.internal;

import java.io.StringReader;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;

/**
 * What a regenerate job carries: the recipe (its versioned JSON, whole, so a later edit of the file changes nothing), the
 * seed, and the variant's key as text, which the variant's file records (null in the jobs of a catalog before that).
 */
record Payload(Recipe recipe, long seed, String key) {

    String json() {
        JsonObject o = new JsonObject();
        o.addProperty("seed", seed);
        if (key != null) {
            o.addProperty("key", key);
        }
        o.add("recipe", JsonParser.parseString(Recipes.write(recipe)));
        return o.toString();
    }

    /** @throws RecipeException when the job's recipe cannot be read (a newer recipe format, a damaged row) */
    static Payload of(String json) throws RecipeException {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            if (!o.has("recipe") || !o.has("seed")) {
                throw new RecipeException("The job's settings lack " + (o.has("seed") ? "the recipe" : "the seed") + ": " + json);
            }
            return new Payload(Recipes.read(new StringReader(o.get("recipe").toString())), o.get("seed").getAsLong(),
                    o.has("key") ? o.get("key").getAsString() : null);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new RecipeException("The job's settings are not a recipe and a seed: " + e.getMessage());
        }
    }
}
