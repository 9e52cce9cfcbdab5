package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Submitted;
import io.latentretouch.batch.Command;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.CatalogSettings;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.jobs.Worked;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.settings.Settings;

/**
 * {@code regenerate [--catalog URL] [--recipe NAME|FILE] [--seed N|A..B] [--attempts N] [--worker NAME] [--heartbeat S]
 * [--stale S] [SELECTION] [FOLDER…]}: imports the folders (incrementally), submits a variant of each original with the recipe at
 * each seed (the same again adds nothing), then works the catalog's queue with the other hosts until it is empty. A selection
 * ({@link Selection}: {@code --min-rating 4 --taken 2024-05}, …) submits the originals of the stacks that pass it, of the whole
 * catalog or of the folders given. Without either it only works the queue: another host joining a batch. Without
 * {@code --catalog}, the host's configured catalog.
 */
@Component(service = Command.class, configurationPid = CatalogSettings.PID)
public final class RegenerateCommand implements Command {

    @Reference
    private Catalogs catalogs;

    private volatile CatalogSettings settings;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        settings = Settings.read(CatalogSettings.class, properties, "the regenerate command");
    }

    @Reference
    private Regenerator regenerator;

    @Override
    public String name() {
        return "regenerate";
    }

    @Override
    public String summary() {
        return "regenerate variants through a catalog's job queue ([--catalog URL] [--recipe R] [--seed N] [--min-rating N --label L --keyword K"
                + " --made-with R --taken DAYS --text W --ai] [FOLDER...]); without a folder or a selection, join the queue";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        try {
            List<String> known = new ArrayList<>(List.of("recipe", "seed", "worker", "heartbeat", "stale", "attempts"));
            known.addAll(Selection.OPTIONS);
            CatalogOptions o = CatalogOptions.parse(args, known, settings);
            Filter selection = Selection.filter(o.options());
            Recipe recipe = Recipes.named(o.options().getOrDefault("recipe", Recipes.shipped().get(0).name()));
            List<Long> seeds = seeds(o.options().getOrDefault("seed", "1"));
            int attempts = Integer.parseInt(o.options().getOrDefault("attempts", Integer.toString(RegeneratorComponent.ATTEMPTS)));
            WorkSettings settings = new WorkSettings(duration(o, "heartbeat", 10), duration(o, "stale", 60));
            try (Catalog catalog = catalogs.open(o.catalog())) {
                String worker = o.options().getOrDefault("worker", catalog.process());
                for (Path folder : o.folders()) {
                    List<Long> originals = FolderImport.run(catalog, folder).originals();
                    if (selection != null) {
                        // imported first, so that the folder's new files are selected too
                        Set<Long> passing = Set.copyOf(Selection.originals(catalog, selection));
                        originals = originals.stream().filter(passing::contains).toList();
                    }
                    submit(catalog, folder.toString(), originals, recipe, seeds, worker, attempts, out);
                }
                if (selection != null && o.folders().isEmpty()) {
                    List<Long> selected = Selection.originals(catalog, selection);
                    submit(catalog, "the selection (" + selected.size() + " originals)", selected, recipe, seeds, worker, attempts, out);
                }
                Worked w = regenerator.work(catalog, worker, settings, RunMonitor.NONE);
                out.printf("%s: %d variants made, %d failed, %d taken over by another worker%n", worker, w.succeeded(), w.failed(), w.lost());
                w.errors().forEach(e -> out.println("  " + e));
                return w.failed() == 0 ? 0 : 1;
            }
        } catch (IllegalArgumentException e) {
            out.println("regenerate: " + e.getMessage());
            return 2;
        } catch (CatalogException | RecipeException | IOException e) {
            out.println("regenerate: " + e.getMessage());
            return 1;
        }
    }

    private void submit(Catalog catalog, String what, List<Long> originals, Recipe recipe, List<Long> seeds, String worker, int attempts, PrintStream out)
            throws CatalogException {
        if (originals.isEmpty()) {
            out.printf("%s: no original to regenerate%n", what);
            return;
        }
        for (long seed : seeds) {
            Submitted s = regenerator.submit(catalog, originals, recipe, seed, worker, attempts);
            out.printf("%s, seed %d: batch %d, %d jobs submitted, %d already there%n", what, seed, s.batchId(), s.added(), s.existing());
        }
    }

    /** {@code N}, or every seed from {@code A} to {@code B}. */
    static List<Long> seeds(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return List.of(Long.parseLong(text));
        }
        long from = Long.parseLong(text.substring(0, dots));
        long to = Long.parseLong(text.substring(dots + 2));
        if (to < from || to - from >= 10_000) {
            throw new IllegalArgumentException("--seed A..B wants A ≤ B and at most 10000 seeds, not " + text);
        }
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** An option given in seconds (fractions allowed), or the fallback. */
    private static Duration duration(CatalogOptions o, String name, double fallbackSeconds) {
        return Duration.ofMillis(Math.round(1000 * Double.parseDouble(o.options().getOrDefault(name, Double.toString(fallbackSeconds)))));
    }
}
