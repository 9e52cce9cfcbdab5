package io.latentretouch.batch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Variants;

/** The {@code generate} command line, checked. */
final class GenerateOptions {

    /** Where frames from a prompt alone go unless {@code --out} says. */
    static final Path DEFAULT_OUT = Path.of("latent-retouch-generated");
    private static final int MAX_COUNT = 64;

    Recipe recipe;
    String prompt;
    Long seed;
    int count = 1;
    Path init;
    double strength = 0.6;
    Path out = DEFAULT_OUT;
    Set<Market> markets = Variants.DEFAULT_MARKETS;

    private GenerateOptions() {
    }

    /** @throws IllegalArgumentException naming the option that is wrong and what it takes */
    static GenerateOptions parse(List<String> args) throws RecipeException {
        GenerateOptions o = new GenerateOptions();
        String recipe = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--recipe" -> recipe = RetouchCommand.Options.value(args, ++i, a);
                case "--prompt" -> o.prompt = RetouchCommand.Options.value(args, ++i, a);
                case "--seed" -> o.seed = number(args, ++i, a);
                case "--count" -> o.count = (int) Math.max(1, Math.min(MAX_COUNT, number(args, ++i, a)));
                case "--init" -> o.init = Path.of(RetouchCommand.Options.value(args, ++i, a));
                case "--strength" -> o.strength = Double.parseDouble(RetouchCommand.Options.value(args, ++i, a));
                case "--out" -> o.out = Path.of(RetouchCommand.Options.value(args, ++i, a));
                case "--markets" -> o.markets = RetouchCommand.Options.markets(RetouchCommand.Options.value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + ", expected --recipe, --prompt, --seed, --count, --init, --strength, --out or --markets");
            }
        }
        if (recipe == null || o.prompt == null || o.prompt.isBlank()) {
            throw new IllegalArgumentException("--recipe R and --prompt \"…\" are required");
        }
        o.recipe = Recipes.named(recipe);
        if (o.recipe.generation() == null) {
            throw new IllegalArgumentException("the recipe '" + o.recipe.name() + "' has no generation section: it only retouches");
        }
        if (o.init != null && !Files.isRegularFile(o.init)) {
            throw new IllegalArgumentException("--init " + o.init + " is not a file");
        }
        if (!(o.strength > 0 && o.strength <= 1)) {
            throw new IllegalArgumentException("--strength runs above 0 to 1, not " + o.strength);
        }
        return o;
    }

    private static long number(List<String> args, int i, String option) {
        String v = RetouchCommand.Options.value(args, i, option);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + v + "'");
        }
    }
}
