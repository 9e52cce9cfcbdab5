package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Imported;
import io.latentretouch.jobs.Picks;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Variants;

/**
 * Issue 12: delete the catalog, import the folder: the same originals, each stack with the same variants (names, files,
 * identities, AI marks) and the same pick (recorded beside the variants), the variants' keys known again (submitting
 * the same regenerate adds nothing), and a variant the first release saved without a catalog
 * ({@code photo.variants/photo-recipe-seed.jpg}) adopted into its original's stack, the recipe found by its name again.
 * On real photographs.
 */
class RebuildTest {

    @TempDir
    Path dir;

    @Test
    void aCatalogRebuiltFromTheFilesHasTheSameStacksAndKnowsItsVariants() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path portrait = Files.copy(RealWorld.photo("astronaut.png"), shoot.resolve("astronaut.png"));
        Files.copy(RealWorld.photo("baboon.jpg"), shoot.resolve("baboon.jpg"));
        Recipe recipe = Recipes.shipped().get(0);
        Regenerator regenerator = Services.await(Regenerator.class);
        Catalogs catalogs = Services.await(Catalogs.class);

        Map<String, List<String>> stacks;
        Map<String, String> uuids;
        Map<String, String> picks;
        try (Catalog first = catalogs.open("jdbc:sqlite:" + dir.resolve("first.db"))) {
            Imported imported = FolderImport.run(first, shoot);
            regenerator.submit(first, imported.originals(), recipe, 5, "librarian");
            assertEquals(2, regenerator.work(first, "test:1", WorkSettings.DEFAULT, RunMonitor.NONE).succeeded());
            assertEquals(List.of(recipe.name()), first.recipeNames(), "the recipe submitted is known by its name");
            assertEquals(2, first.stacks(byRecipe(recipe)).size());
            stacks = stacks(first, imported.originals());
            uuids = uuids(first, imported.originals());
            // the librarian picks the astronaut's variant; the baboon's is picked and then the original again
            for (long original : imported.originals()) {
                Stack stack = first.stackOf(original);
                Picks.pick(first, stack.id(), stack.members().get(1));
            }
            Path baboonRecord = shoot.resolve("baboon.variants").resolve(PickRecords.FILE);
            assertTrue(Files.isRegularFile(baboonRecord), "the pick is recorded beside the variants");
            for (long original : imported.originals()) {
                if (name(first, original).equals("baboon.jpg")) {
                    Picks.pick(first, first.stackOf(original).id(), original);
                }
            }
            assertFalse(Files.exists(baboonRecord), "picking the original again leaves no record");
            picks = picks(first, imported.originals());
            assertEquals("baboon.jpg", picks.get("baboon.jpg"));
            assertEquals(stacks.get("astronaut.png").get(1), picks.get("astronaut.png"));
        }
        // a variant of the first release: saved beside its original without any catalog
        ImageDocument doc = ImageFiles.read(portrait);
        Variants.save(portrait, doc, new Retouched(doc.pixels(), List.of(), List.of(), 0, List.of()), recipe, 9, Set.of());
        Files.delete(dir.resolve("first.db"));

        try (Catalog rebuilt = catalogs.open("jdbc:sqlite:" + dir.resolve("rebuilt.db"))) {
            Imported imported = FolderImport.run(rebuilt, shoot);
            assertEquals(2, imported.added(), "the originals");
            assertEquals(3, imported.adopted(), "two variants of the regenerate and the first release's one");
            Map<String, List<String>> again = stacks(rebuilt, imported.originals());
            List<String> astronaut = new ArrayList<>(stacks.get("astronaut.png"));
            astronaut.add("astronaut-" + recipe.slug() + "-9.png");
            assertEquals(astronaut, again.get("astronaut.png"), "the stack's variants, the adopted one last");
            assertEquals(stacks.get("baboon.jpg"), again.get("baboon.jpg"));
            assertEquals(picks, picks(rebuilt, imported.originals()), "each stack picks what it picked");
            assertEquals(List.of(recipe.name()), rebuilt.recipeNames(), "the recipe is known again from the variants' XMP");
            assertEquals(2, rebuilt.stacks(byRecipe(recipe)).size(), "and finds both stacks");
            Map<String, String> rebuiltUuids = uuids(rebuilt, imported.originals());
            rebuiltUuids.keySet().retainAll(uuids.keySet());
            assertEquals(uuids, rebuiltUuids, "each variant has its identity again");
            for (long original : imported.originals()) {
                Asset variant = rebuilt.asset(rebuilt.stackOf(original).members().get(1)).orElseThrow();
                assertTrue(variant.ai(), variant.name() + " is disclosed as AI-touched");
                assertEquals(Asset.Kind.VARIANT, variant.kind());
            }
            assertEquals(0, regenerator.submit(rebuilt, imported.originals(), recipe, 5, "librarian").added(), "the rebuilt catalog knows the keys");
            assertEquals(0, FolderImport.run(rebuilt, shoot).adopted(), "a second import adopts nothing");
        }
    }

    private static Filter byRecipe(Recipe recipe) {
        return new Filter("", 0, Label.NONE, "", false, recipe.name(), null, null);
    }

    /** Each original's name to the name of its stack's pick. */
    private static Map<String, String> picks(Catalog catalog, List<Long> originals) throws Exception {
        Map<String, String> names = new TreeMap<>();
        for (long original : originals) {
            names.put(name(catalog, original), name(catalog, catalog.stackOf(original).pick()));
        }
        return names;
    }

    private static String name(Catalog catalog, long asset) throws Exception {
        return catalog.asset(asset).orElseThrow().name();
    }

    /** Each original's name to its stack's member names, in the stack's order. */
    private static Map<String, List<String>> stacks(Catalog catalog, List<Long> originals) throws Exception {
        Map<String, List<String>> names = new TreeMap<>();
        for (long original : originals) {
            Stack stack = catalog.stackOf(original);
            List<String> members = new ArrayList<>();
            for (long member : stack.members()) {
                members.add(catalog.asset(member).orElseThrow().name());
            }
            names.put(catalog.asset(original).orElseThrow().name(), members);
        }
        return names;
    }

    /** Each variant's file path to its asset's identity. */
    private static Map<String, String> uuids(Catalog catalog, List<Long> originals) throws Exception {
        Map<String, String> ids = new TreeMap<>();
        for (long original : originals) {
            for (long member : catalog.stackOf(original).members().subList(1, catalog.stackOf(original).members().size())) {
                FileEntry f = catalog.files(member).get(0);
                ids.put(f.path(), catalog.asset(member).orElseThrow().uuid());
            }
        }
        return ids;
    }
}
