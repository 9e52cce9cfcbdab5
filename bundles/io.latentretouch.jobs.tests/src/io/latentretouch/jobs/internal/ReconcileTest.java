package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import io.latentretouch.assets.JournalEntry;
import io.latentretouch.assets.Rendered;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.jobs.Worked;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Variants;

/**
 * Issue 12, reconcile on start, on a real photograph (messi5.jpg) in an embedded catalog: a worker that starts squares
 * the files with the queue. A variant renamed into place before a crash is kept, not rendered again; a foreign file
 * under a variant's name is moved to quarantine with its bytes, not overwritten; the temporary files of a job that
 * failed for good are removed; a variant whose file was deleted is made again as the same asset (its stack, pick and
 * rating kept); while its root is offline it is not. The journal says each.
 */
class ReconcileTest {

    @TempDir
    Path dir;

    private Path shoot;
    private Catalog catalog;
    private Regenerator regenerator;
    private RenderJob render;
    private long original;

    @BeforeEach
    void shoot() throws Exception {
        shoot = Files.createDirectories(dir.resolve("shoot"));
        Files.copy(RealWorld.photo("messi5.jpg"), shoot.resolve("messi5.jpg"));
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + dir.resolve("catalog.db"));
        original = FolderImport.run(catalog, shoot).originals().get(0);
        regenerator = Services.await(Regenerator.class);
        render = new RenderJob(Services.await(Retoucher.class), Variants.DEFAULT_MARKETS, null);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private long submit(int attempts) throws Exception {
        return regenerator.submit(catalog, List.of(original), Recipes.shipped().get(0), 7, "librarian", attempts).batchId();
    }

    private Worked work() throws Exception {
        return regenerator.work(catalog, "test:2", WorkSettings.DEFAULT, RunMonitor.NONE);
    }

    @Test
    void aVariantRenamedIntoPlaceBeforeACrashIsKeptNotRenderedAgain() throws Exception {
        long batch = submit(3);
        Job crashed = catalog.jobs().claim("test:1", 1).get(0);
        Rendered rendered = render.render(catalog, crashed, RunMonitor.NONE);
        Path placed = rendered.root().folder().resolve(rendered.path());
        Object inode = Files.getAttribute(placed, "unix:ino");
        byte[] bytes = Files.readAllBytes(placed);
        // the worker died before its commit: rescued, then claimed again by the next one
        Thread.sleep(20);
        assertEquals(1, catalog.jobs().rescue(Duration.ofMillis(5)));
        Worked worked = work();
        assertEquals(1, worked.succeeded(), String.valueOf(worked.errors()));
        assertEquals(inode, Files.getAttribute(placed, "unix:ino"), "the file in place is the one kept");
        assertArrayEquals(bytes, Files.readAllBytes(placed));
        assertEquals(List.of(placed), files(placed.getParent()).stream().filter(f -> f.toString().endsWith(".jpg") && !f.toString().contains("-labelled"))
                .toList(), "one variant, no temporary file");
        assertEquals(placed, variantFile(batch));
        assertTrue(events(batch).contains("found"), events(batch).toString());
    }

    @Test
    void aForeignFileUnderAVariantsNameIsQuarantinedNotOverwritten() throws Exception {
        long batch = submit(3);
        RenderJob.Target t = render.target(catalog, catalog.jobs().jobs(Job.State.QUEUED).get(0));
        Path name = Files.createDirectories(t.folder()).resolve(t.base() + "." + t.format().extension());
        Path foreign = Files.copy(RealWorld.photo("baboon.jpg"), name);
        byte[] theirs = Files.readAllBytes(foreign);
        assertEquals(1, work().succeeded());
        Path kept = t.folder().resolve(Placement.QUARANTINE).resolve(name.getFileName());
        assertArrayEquals(theirs, Files.readAllBytes(kept), "the foreign file kept, byte for byte");
        assertEquals(name, variantFile(batch));
        assertEquals(Payload.of(catalog.jobs().jobs(batch).get(0).payload()).key(), Placement.keyOf(name), "the variant in its place is the job's");
        assertTrue(events(batch).contains("quarantined"), events(batch).toString());
        assertEquals(0, FolderImport.run(catalog, shoot).added(), "the quarantine is no folder of originals or variants");
    }

    @Test
    void theTemporaryFilesOfAJobThatFailedForGoodAreRemovedOnStart() throws Exception {
        long batch = submit(1);
        Job job = catalog.jobs().claim("test:1", 1).get(0);
        RenderJob.Target t = render.target(catalog, job);
        Files.createDirectories(t.folder());
        Path ours = Files.write(t.folder().resolve(Placement.temporary(t.base(), job.lease()) + ".jpg"), new byte[] {1, 2, 3});
        Path writers = Files.write(t.folder().resolve("." + Placement.temporary(t.base(), job.lease()) + ".jpg.x1y2.part"), new byte[] {4});
        assertTrue(catalog.jobs().fail(job, "the disk is full"));
        Worked worked = work();
        assertEquals(0, worked.succeeded() + worked.failed(), "nothing to claim");
        assertFalse(Files.exists(ours) || Files.exists(writers), "its attempt's temporary files are gone");
        assertEquals(Map.of(Job.State.FAILED, 1), catalog.jobs().counts(batch));
        assertTrue(events(batch).contains("swept"), events(batch).toString());
    }

    @Test
    void aVariantWhoseFileWasDeletedIsMadeAgainAsTheSameAsset() throws Exception {
        long batch = submit(3);
        assertEquals(1, work().succeeded());
        Stack stack = catalog.stackOf(original);
        long variant = stack.members().get(1);
        catalog.pick(stack.id(), variant);
        catalog.rate(variant, 4);
        Path file = variantFile(batch);
        Files.delete(file);

        Files.move(shoot, dir.resolve("unplugged"));
        assertEquals(0, work().succeeded(), "an offline root is no loss");
        assertEquals(Map.of(Job.State.SUCCEEDED, 1), catalog.jobs().counts(batch));
        Files.move(dir.resolve("unplugged"), shoot);

        Worked worked = work();
        assertEquals(1, worked.succeeded(), String.valueOf(worked.errors()));
        assertTrue(Files.isRegularFile(file), "made again at its name");
        assertEquals(Variants.sha256(file), catalog.files(variant).get(0).facts().sha256());
        assertEquals(List.of(original, variant), catalog.stackOf(original).members(), "the same asset in its place");
        assertEquals(variant, catalog.stackOf(original).pick());
        assertEquals(4, catalog.asset(variant).orElseThrow().rating());
        assertTrue(catalog.journal(batch).stream().anyMatch(e -> e.event().equals("requeued") && e.payload().contains("missing")), events(batch).toString());
    }

    private Path variantFile(long batch) throws Exception {
        long variant = catalog.jobs().variant(catalog.jobs().jobs(batch).get(0).idemKey()).orElseThrow();
        FileEntry f = catalog.files(variant).get(0);
        return catalog.root(f.rootId()).orElseThrow().folder().resolve(f.path());
    }

    private List<String> events(long batch) throws Exception {
        return catalog.journal(batch).stream().map(JournalEntry::event).toList();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }
}
