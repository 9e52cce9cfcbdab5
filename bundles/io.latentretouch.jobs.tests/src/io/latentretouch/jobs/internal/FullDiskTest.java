package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.Job;
import io.latentretouch.assets.Submitted;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.imaging.testing.ScratchMounts;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Imported;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Variants;

/**
 * Issue 12: a full disk mid-batch. A shoot of real photos lies on a small disk with room for the first variant
 * made and not for the next: the jobs that find the disk full fail with that as their reason, leaving no temporary
 * file and the originals as they were; once there is room again, retrying the batch makes the rest: one file per
 * variant, none twice. How much room each variant takes is measured first, by the same batch on an ordinary disk.
 */
class FullDiskTest {

    /** Two real photos whose variants take about the same room (baboon's takes twice theirs). */
    private static final List<String> PHOTOS = List.of("messi5.jpg", "fruits.jpg");

    @TempDir
    Path dir;

    @Test
    void jobsThatFindTheDiskFullFailWithTheReasonAndARetryWithRoomMakesTheRest() throws Exception {
        Recipe recipe = Recipes.shipped().get(0);
        Regenerator regenerator = Services.await(Regenerator.class);
        Catalogs catalogs = Services.await(Catalogs.class);

        Path measured = shoot(Files.createDirectories(dir.resolve("measure")));
        try (Catalog catalog = catalogs.open("jdbc:sqlite:" + dir.resolve("measure.db"))) {
            regenerator.submit(catalog, FolderImport.run(catalog, measured).originals(), recipe, 3, "librarian");
            assertEquals(PHOTOS.size(), regenerator.work(catalog, "test:measure", WorkSettings.DEFAULT, RunMonitor.NONE).succeeded());
        }
        List<Long> sizes = PHOTOS.stream().map(p -> bytes(measured.resolve(p.replace(".jpg", ".variants")))).sorted().toList();
        long room = sizes.get(sizes.size() - 1) + sizes.get(0) / 2;
        assertTrue(room < sizes.get(0) + sizes.get(1), "the measured variants are too unlike for this test: " + sizes);

        long originals = PHOTOS.stream().mapToLong(p -> bytes(RealWorld.photo(p))).sum();
        try (ScratchMounts disk = ScratchMounts.tmpfs(dir, (int) ((originals + room) / 1024) + 512, FullDiskTest::shoot, false)) {
            Path shoot = disk.dir().resolve("shoot");
            Path filler = disk.dir().resolve("filler");
            Files.write(filler, new byte[(int) (Files.getFileStore(shoot).getUsableSpace() - room)]);
            Map<String, String> before = hashes(shoot);
            try (Catalog catalog = catalogs.open("jdbc:sqlite:" + dir.resolve("catalog.db"))) {
                Imported imported = FolderImport.run(catalog, shoot);
                Submitted batch = regenerator.submit(catalog, imported.originals(), recipe, 3, "librarian");
                regenerator.work(catalog, "test:1", WorkSettings.DEFAULT, RunMonitor.NONE);
                Map<Job.State, Integer> counts = catalog.jobs().counts(batch.batchId());
                assertEquals(1, counts.getOrDefault(Job.State.SUCCEEDED, 0), counts.toString());
                assertEquals(PHOTOS.size() - 1, counts.getOrDefault(Job.State.FAILED, 0), counts.toString());
                for (Job job : catalog.jobs().jobs(batch.batchId())) {
                    assertTrue(job.state() != Job.State.FAILED || job.error().contains("the disk is full"), job.error());
                }
                assertEquals(List.of(), temporary(shoot), "no temporary file is left");
                assertEquals(before, hashes(shoot), "the originals are as they were");

                Files.delete(filler);
                assertEquals(PHOTOS.size() - 1, catalog.jobs().retry(batch.batchId()));
                assertEquals(PHOTOS.size() - 1, regenerator.work(catalog, "test:2", WorkSettings.DEFAULT, RunMonitor.NONE).succeeded());
                assertEquals(PHOTOS.size(), catalog.jobs().counts(batch.batchId()).get(Job.State.SUCCEEDED));
                for (String photo : PHOTOS) {
                    try (Stream<Path> files = Files.list(shoot.resolve(photo.replace(".jpg", ".variants")))) {
                        assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".jpg")).filter(f -> !f.getFileName().toString()
                                .contains(Variants.LABELLED)).count(), "one variant of " + photo);
                    }
                }
                assertEquals(List.of(), temporary(shoot));
                assertEquals(before, hashes(shoot));
            }
        }
    }

    private static Path shoot(Path into) throws Exception {
        Path shoot = Files.createDirectories(into.resolve("shoot"));
        for (String photo : PHOTOS) {
            Files.copy(RealWorld.photo(photo), shoot.resolve(photo));
        }
        return shoot;
    }

    private static long bytes(Path p) {
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> temporary(Path shoot) throws Exception {
        try (Stream<Path> files = Files.walk(shoot)) {
            return files.filter(f -> f.getFileName().toString().contains(Placement.PART)).toList();
        }
    }

    /** The SHA-256 of each original in the shoot folder (not its variants folders). */
    private static Map<String, String> hashes(Path shoot) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(shoot)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(f.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return hashes;
    }
}
