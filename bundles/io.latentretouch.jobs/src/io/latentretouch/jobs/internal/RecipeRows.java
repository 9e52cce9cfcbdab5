package io.latentretouch.jobs.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;

/**
 * The recipes that variants are made with, recorded in the catalog under the hash their keys name them by, so that the
 * Library finds a recipe's variants by its name: when a batch is submitted, and when a variant is adopted from what
 * its XMP records (a rebuilt catalog finds them too).
 */
final class RecipeRows {

    private RecipeRows() {
    }

    /** The recipe a batch is submitted with, under {@code sha256} (of its JSON as {@link Recipes#write} writes it). */
    static void submitted(Catalog catalog, String sha256, Recipe recipe) throws CatalogException {
        catalog.recipe(sha256, recipe.name(), Recipes.VERSION, Recipes.write(recipe));
    }

    /** A variant's recorded recipe ({@code lr:RecipeName}, {@code lr:Recipe}); nothing when it records none. */
    static void recorded(Catalog catalog, String sha256, String name, String json) throws CatalogException {
        if (name != null && !name.isBlank() && json != null) {
            catalog.recipe(sha256, name, version(json), json);
        }
    }

    /** The recipe format's version its JSON names; 0 when it names none. */
    private static int version(String json) {
        try {
            JsonElement e = JsonParser.parseString(json);
            JsonElement v = e.isJsonObject() ? ((JsonObject) e).get("version") : null;
            return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() ? v.getAsInt() : 0;
        } catch (JsonParseException | NumberFormatException e) {
            return 0;
        }
    }
}
