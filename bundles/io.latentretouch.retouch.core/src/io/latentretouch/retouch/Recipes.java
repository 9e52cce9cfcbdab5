package io.latentretouch.retouch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Recipe files: versioned JSON ({@code "format": "latent-retouch-recipe", "version": 3}), and the recipes that ship.
 * A file of a newer version or with an unknown step is refused with a sentence saying which. Version 2 gave the
 * fabric step a region; a version-1 fabric step acts on the region given when applying (version 1 pressed everything
 * away from skin, backdrops included). Version 3 added the optional generation section ({@link GenerationSettings});
 * older files have none and only retouch.
 */
public final class Recipes {

    public static final String FORMAT = "latent-retouch-recipe";
    public static final int VERSION = 3;
    private static final String[] SHIPPED = {"e-commerce-clean.json", "editorial-natural.json"};

    private Recipes() {
    }

    /** "e-commerce clean" and "editorial natural". */
    public static List<Recipe> shipped() {
        List<Recipe> recipes = new ArrayList<>();
        for (String name : SHIPPED) {
            try (InputStream in = Recipes.class.getResourceAsStream("/recipes/" + name)) {
                recipes.add(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException | RecipeException e) {
                throw new IllegalStateException("The shipped recipe " + name + " is broken", e);
            }
        }
        return recipes;
    }

    /** A shipped recipe by name, or a recipe file. @throws RecipeException naming the known recipes */
    public static Recipe named(String nameOrFile) throws RecipeException {
        for (Recipe r : shipped()) {
            if (r.name().equalsIgnoreCase(nameOrFile) || r.slug().equals(nameOrFile)) {
                return r;
            }
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        throw new RecipeException("No recipe '" + nameOrFile + "': the shipped ones are "
                + shipped().stream().map(Recipe::name).toList() + ", or give a recipe file");
    }

    public static Recipe read(Path file) throws RecipeException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new RecipeException("Cannot read recipe " + file + ": " + e.getMessage(), e);
        } catch (RecipeException e) {
            throw new RecipeException(file + ": " + e.getMessage(), e);
        }
    }

    public static Recipe read(Reader in) throws RecipeException {
        try {
            JsonObject o = JsonParser.parseReader(in).getAsJsonObject();
            if (!FORMAT.equals(text(o, "format"))) {
                throw new RecipeException("not a recipe (format '" + text(o, "format") + "', expected '" + FORMAT + "')");
            }
            int version = o.get("version").getAsInt();
            if (version > VERSION) {
                throw new RecipeException("recipe version " + version + " is newer than this installation reads (" + VERSION + "); update Latent Retouch");
            }
            List<Step> steps = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("steps")) {
                steps.add(step(e.getAsJsonObject()));
            }
            GenerationSettings generation = o.has("generation") ? RecipeGeneration.read(o.getAsJsonObject("generation")) : null;
            return new Recipe(text(o, "name"), o.has("description") ? text(o, "description") : "", steps, generation);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new RecipeException("the recipe is not valid JSON of the expected shape: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RecipeException(e.getMessage(), e);
        }
    }

    public static String write(Recipe recipe) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.addProperty("name", recipe.name());
        o.addProperty("description", recipe.description());
        JsonArray steps = new JsonArray();
        for (Step s : recipe.steps()) {
            JsonObject j = new JsonObject();
            j.addProperty("op", s.op());
            switch (s) {
                case Step.Imperfection i -> j.addProperty("level", i.level());
                case Step.Fabric f -> {
                    j.addProperty("strength", f.strength());
                    j.addProperty("region", f.region().id());
                }
                case Step.Lighting l -> {
                    j.addProperty("glow", l.glow());
                    j.addProperty("key", l.key());
                    j.addProperty("direction", l.direction());
                }
            }
            steps.add(j);
        }
        o.add("steps", steps);
        if (recipe.generation() != null) {
            o.add("generation", RecipeGeneration.write(recipe.generation()));
        }
        return new GsonBuilder().setPrettyPrinting().create().toJson(o);
    }

    private static Step step(JsonObject j) throws RecipeException {
        String op = text(j, "op");
        return switch (op) {
            case "imperfection" -> new Step.Imperfection(j.get("level").getAsDouble());
            case "fabric" -> new Step.Fabric(j.get("strength").getAsDouble(),
                    j.has("region") ? FabricRegion.parse(text(j, "region")) : FabricRegion.GIVEN);
            case "lighting" -> new Step.Lighting(j.get("glow").getAsDouble(), j.get("key").getAsDouble(), j.get("direction").getAsDouble());
            default -> throw new RecipeException("unknown step '" + op + "', expected one of [imperfection, fabric, lighting]");
        };
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsString() : null;
    }
}
