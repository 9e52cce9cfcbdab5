package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.jobs.Imported;

/**
 * Issue 12: an import records each image's upright size from its header and what other tools recorded of the
 * librarian's work: rating, colour label and keywords written by exiftool into a JPEG's own XMP and into a PNG's
 * {@code .xmp} sidecar (as Lightroom keeps them), a rejected file (-1), and a JPEG whose EXIF says it is stored on its
 * side, recorded at the size it shows; the day each photo was taken, from its EXIF or XMP, else its file's time.
 */
class ImportMetadataTest {

    @TempDir
    Path dir;

    private Catalog catalog;

    @BeforeEach
    void open() throws Exception {
        catalog = Services.await(Catalogs.class).open("jdbc:sqlite:" + dir.resolve("catalog.db"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void sizesRatingsLabelsAndKeywordsComeInFromTheFilesAndTheirSidecars() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path messi = Files.copy(RealWorld.photo("messi5.jpg"), shoot.resolve("messi5.jpg"));
        exiftool("-XMP-xmp:Rating=4", "-XMP-xmp:Label=Green", "-XMP-dc:Subject=football", "-XMP-dc:Subject=campaign", "-overwrite_original",
                messi.toString());
        Path coffee = Files.copy(RealWorld.photo("coffee.png"), shoot.resolve("coffee.png"));
        exiftool("-XMP-xmp:Rating=-1", "-o", shoot.resolve("coffee.xmp").toString(), coffee.toString());
        exiftool("-q", "-Orientation#=6", "-o", shoot.resolve("fruits-sideways.jpg").toString(), RealWorld.photo("fruits.jpg").toString());

        Imported imported = FolderImport.run(catalog, shoot);
        assertEquals(3, imported.added());
        Asset coffeeAsset = asset(imported, "coffee.png");
        Asset messiAsset = asset(imported, "messi5.jpg");
        Asset fruits = asset(imported, "fruits-sideways.jpg");

        assertEquals(4, messiAsset.rating());
        assertEquals(Label.GREEN, messiAsset.label());
        assertEquals(List.of("campaign", "football"), catalog.keywords(messiAsset.id()));
        assertEquals(-1, coffeeAsset.rating(), "rejected in the sidecar");
        assertEquals(0, fruits.rating());
        assertEquals(List.of(), catalog.keywords(fruits.id()));

        assertSize(messiAsset, 548, 342);
        assertSize(coffeeAsset, 600, 400);
        assertSize(fruits, 480, 512);
    }

    @Test
    void eachPhotoIsFiledUnderTheDayItWasTaken() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Files.copy(RealWorld.photo("chelsea.png"), shoot.resolve("chelsea.png"));
        Files.copy(RealWorld.photo("starry_night.jpg"), shoot.resolve("starry_night.jpg"));
        Path camera = shoot.resolve("camera.jpg");
        exiftool("-q", "-EXIF:DateTimeOriginal=2024:05:17 14:03:09", "-o", camera.toString(), RealWorld.photo("messi5.jpg").toString());
        Path scan = Files.copy(RealWorld.photo("coffee.png"), shoot.resolve("scan.png"));
        Files.setLastModifiedTime(scan, FileTime.from(LocalDateTime.of(2021, 3, 4, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));

        Imported imported = FolderImport.run(catalog, shoot);
        assertEquals(4, imported.added());
        assertEquals(List.of("chelsea.png"), namesTaken(imported, LocalDate.of(2009, 2, 9)), "photoshop:DateCreated of the real photo");
        assertEquals(List.of("starry_night.jpg"), namesTaken(imported, LocalDate.of(2007, 2, 15)), "its xmp:CreateDate");
        assertEquals(List.of("camera.jpg"), namesTaken(imported, LocalDate.of(2024, 5, 17)), "the EXIF capture time");
        assertEquals(List.of("scan.png"), namesTaken(imported, LocalDate.of(2021, 3, 4)), "undated: its file's time");

        exiftool("-q", "-overwrite_original", "-EXIF:DateTimeOriginal=2024:05:18 09:00:00", camera.toString());
        assertEquals(1, FolderImport.run(catalog, shoot).changed());
        assertEquals(List.of("camera.jpg"), namesTaken(imported, LocalDate.of(2024, 5, 18)), "a changed file is dated again");
        assertEquals(List.of(), namesTaken(imported, LocalDate.of(2024, 5, 17)));
    }

    /** The names of the imported originals taken on that day, as the Library's filter finds them. */
    private List<String> namesTaken(Imported imported, LocalDate day) throws Exception {
        List<Long> stacks = catalog.stacks(new Filter("", 0, Label.NONE, "", false, "", day, day));
        List<String> names = new ArrayList<>();
        for (long id : imported.originals()) {
            if (stacks.contains(catalog.stackOf(id).id())) {
                names.add(catalog.asset(id).orElseThrow().name());
            }
        }
        return names;
    }

    private Asset asset(Imported imported, String name) throws Exception {
        for (long id : imported.originals()) {
            Asset a = catalog.asset(id).orElseThrow();
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no asset " + name);
    }

    private void assertSize(Asset asset, int width, int height) throws Exception {
        FileFacts facts = catalog.files(asset.id()).get(0).facts();
        assertEquals(width + " × " + height, facts.width() + " × " + facts.height(), asset.name());
    }

    private static void exiftool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("exiftool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }
}
