package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.RootKind;
import io.latentretouch.assets.Stack;
import io.latentretouch.assets.Submitted;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Imported;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.jobs.Worked;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Variants;

/**
 * Issue 12: a shoot of real photographs (astronaut.png, baboon.jpg, messi5.jpg) imported into an embedded catalog and
 * regenerated with a shipped recipe: each original gets exactly one variant, named after its key, in its stack, its
 * bytes' hash recorded; no temporary file is left; the originals' bytes are unchanged; submitting again adds nothing,
 * importing again finds nothing new (variants folders are no originals), a moved file keeps its asset; a job whose
 * original vanished fails after its last attempt with the reason.
 */
class RegenerateTest {

    @TempDir
    Path dir;

    private Path shoot;
    private Catalog catalog;
    private final Map<Path, String> before = new HashMap<>();

    @BeforeEach
    void shoot() throws Exception {
        shoot = Files.createDirectories(dir.resolve("shoot/day1"));
        for (String name : List.of("astronaut.png", "baboon.jpg", "messi5.jpg")) {
            Path copy = Files.copy(RealWorld.photo(name), shoot.resolve(name));
            before.put(copy, Variants.sha256(copy));
        }
        shoot = shoot.getParent();
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + dir.resolve("catalog.db"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void eachOriginalGetsOneVariantInItsStackAndNothingElseChanges() throws Exception {
        Imported imported = FolderImport.run(catalog, shoot);
        assertEquals(3, imported.added());
        Regenerator regenerator = Services.await(Regenerator.class);
        Recipe recipe = Recipes.shipped().get(0);
        Submitted submitted = regenerator.submit(catalog, imported.originals(), recipe, 7, "librarian");
        assertEquals(3, submitted.added());
        Worked worked = regenerator.work(catalog, "test:1", WorkSettings.DEFAULT, RunMonitor.NONE);
        assertEquals(3, worked.succeeded(), String.valueOf(worked.errors()));
        assertEquals(Map.of(Job.State.SUCCEEDED, 3), catalog.jobs().counts(submitted.batchId()));
        for (long original : imported.originals()) {
            Stack stack = catalog.stackOf(original);
            assertEquals(2, stack.members().size(), "one variant in the stack of " + original);
            FileEntry variant = catalog.files(stack.members().get(1)).get(0);
            Root root = catalog.root(variant.rootId()).orElseThrow();
            Path file = root.folder().resolve(variant.path());
            assertTrue(Files.isRegularFile(file), file + " is there");
            assertEquals(Variants.sha256(file), variant.facts().sha256(), "the recorded hash is the file's");
            assertTrue(file.getFileName().toString().contains("-" + recipe.slug() + "-"), file.getFileName().toString());
        }
        try (Stream<Path> all = Files.walk(shoot)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains(Placement.PART)).toList(), "no temporary file left");
        }
        for (Map.Entry<Path, String> e : before.entrySet()) {
            assertEquals(e.getValue(), Variants.sha256(e.getKey()), e.getKey() + " is untouched");
        }
        assertEquals(0, regenerator.submit(catalog, imported.originals(), recipe, 7, "librarian").added(), "the same again adds nothing");
        Imported again = FolderImport.run(catalog, shoot);
        assertEquals(0, again.added(), "the variants are not taken for new originals");
        assertEquals(3, again.unchanged());
        Path moved = Files.move(shoot.resolve("day1/baboon.jpg"), Files.createDirectories(shoot.resolve("day2")).resolve("baboon.jpg"));
        Imported afterMove = FolderImport.run(catalog, shoot);
        assertEquals(1, afterMove.moved());
        assertEquals(imported.originals().stream().sorted().toList(), afterMove.originals().stream().sorted().toList(), "the moved file keeps its asset");
        assertTrue(catalog.file(catalog.root(shoot, RootKind.LOCAL).id(), shoot.relativize(moved).toString()).isPresent());
    }

    /**
     * What crashed attempts leave: our temporary names, and the atomic writer's copies of them; another variant's stay,
     * and so do a later claim's.
     */
    @Test
    void aRetrySweepsTheTemporaryFilesOfItsOwnVariantsEarlierAttemptsOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a.variants"));
        String base = "a-editorial-natural-62dd5381baa0";
        Path ours = Files.createFile(folder.resolve(Placement.temporary(base, 1) + ".png"));
        Path writers = Files.createFile(folder.resolve("." + Placement.temporary(base, 2) + ".png.11aijlznrqmjf.part"));
        Path other = Files.createFile(folder.resolve(Placement.temporary("a-editorial-natural-0123456789ab", 1) + ".png"));
        Path done = Files.createFile(folder.resolve(base + ".png"));
        Path later = Files.createFile(folder.resolve(Placement.temporary(base, 3) + ".png"));
        assertEquals(2, Placement.sweep(folder, base, 2));
        assertTrue(!Files.exists(ours) && !Files.exists(writers), "both of ours went");
        assertTrue(Files.exists(other) && Files.exists(done), "another job's temporary file and a finished variant stay");
        assertTrue(Files.exists(later), "the temporary file of a claim after the lease swept up to stays");
    }

    @Test
    void aJobWhoseOriginalVanishedFailsAfterItsLastAttemptWithTheReason() throws Exception {
        Imported imported = FolderImport.run(catalog, shoot);
        Files.delete(shoot.resolve("day1/messi5.jpg"));
        Regenerator regenerator = Services.await(Regenerator.class);
        long batch = regenerator.submit(catalog, imported.originals(), Recipes.shipped().get(0), 3, "librarian").batchId();
        Worked worked = regenerator.work(catalog, "test:1", WorkSettings.DEFAULT, RunMonitor.NONE);
        assertEquals(2, worked.succeeded());
        assertEquals(RegeneratorComponent.ATTEMPTS, worked.failed(), "tried at each of its attempts");
        assertEquals(Map.of(Job.State.SUCCEEDED, 2, Job.State.FAILED, 1), catalog.jobs().counts(batch));
        assertTrue(worked.errors().get(0).contains("messi5.jpg"), worked.errors().get(0));
    }
}
