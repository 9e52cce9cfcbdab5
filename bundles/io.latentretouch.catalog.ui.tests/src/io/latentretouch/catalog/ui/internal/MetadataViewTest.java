package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;

/**
 * Issue 12, in the real window, on real photographs: File > Import's job brings a folder into a fresh catalog; the
 * metadata view follows the grid's selection, tells an original from a variant (IPTC digital source type, recipe,
 * seed) and says when it was taken; regenerating from it makes a stacked sibling that becomes the pick, whose file
 * exiftool reads as algorithmically enhanced, the original's bytes untouched; the same regenerate again adds nothing.
 */
class MetadataViewTest {

    private static final String METADATA = "io.latentretouch.catalog.ui.metadata";

    @TempDir
    Path dir;

    @Test
    void theMetadataViewFollowsTheGridAndRegeneratesAStackedSibling() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path portrait = Files.copy(RealWorld.photo("astronaut.png"), shoot.resolve("astronaut.png"));
        Files.copy(RealWorld.photo("messi5.jpg"), shoot.resolve("messi5.jpg"));
        byte[] before = Files.readAllBytes(portrait);
        // a PNG that records no date: the import dates it by its file's time, as Lightroom does
        LocalDateTime taken = LocalDateTime.of(2019, 7, 20, 20, 17, 40);
        Files.setLastModifiedTime(portrait, FileTime.from(taken.atZone(ZoneId.systemDefault()).toInstant()));
        CatalogPreferences.setUrl("jdbc:sqlite:" + dir.resolve("catalog.db"));

        ImportJob imported = new ImportJob(shoot);
        IStatus importStatus = finish(imported);
        assertEquals(IStatus.INFO, importStatus.getSeverity(), importStatus.toString());
        assertEquals(2, imported.result().added());
        assertTrue(importStatus.getMessage().startsWith("2 added"), importStatus.getMessage());

        LibraryView library = (LibraryView) LibraryDriver.show(LibraryView.ID);
        MetadataView metadata = (MetadataView) LibraryDriver.show(METADATA);
        waitFor(() -> library.grid().cells().count() == 2 && library.grid().cells().at(0) != null);
        assertEquals(2, library.grid().cells().count());

        LibraryDriver.clickFirst(library);
        waitFor(() -> "astronaut.png".equals(field(metadata, "Name")));
        assertEquals("original", field(metadata, "Kind"), rows(metadata));
        assertEquals(portrait.toString(), field(metadata, "File"));
        assertEquals("none recorded", field(metadata, "Digital source type (IPTC)"), rows(metadata));
        assertEquals(AssetDetails.TAKEN.format(taken), field(metadata, "Date taken"), rows(metadata));

        long original = library.grid().cells().at(0).pick().id();
        Recipe recipe = RegenerateDialog.withLevel(Recipes.shipped().get(0), 1.5);
        RegenerateJob regenerate = metadata.submit(new RegenerateDialog.Request(recipe, 7, true)).get(10, TimeUnit.SECONDS);
        IStatus status = finish(regenerate);
        assertEquals(IStatus.INFO, status.getSeverity(), status.toString());
        assertEquals(1, regenerate.result().succeeded(), status.getMessage());

        Catalog catalog = CatalogSession.get().catalog();
        Stack stack = catalog.stackOf(original);
        assertEquals(2, stack.members().size(), "the variant joined the original's stack");
        long variant = regenerate.result().variants().get(0);
        assertEquals(variant, stack.pick(), "and became its pick, as asked");
        waitFor(() -> library.grid().cells().at(0) != null && library.grid().cells().at(0).pick().id() == variant);
        Cell shown = library.grid().cells().at(0);
        assertEquals(Asset.Kind.VARIANT, shown.pick().kind(), "the grid shows the new pick");
        assertEquals(2, shown.members());
        assertTrue(shown.ai(), "a stack holding a regenerated variant is marked AI-touched");

        LibraryDriver.clickFirst(library);
        waitFor(() -> "variant".equals(field(metadata, "Kind")));
        assertEquals("algorithmicallyEnhanced", field(metadata, "Digital source type (IPTC)"), rows(metadata));
        assertEquals(recipe.name(), field(metadata, "Recipe"));
        assertEquals("7", field(metadata, "Seed"));
        assertEquals(AssetDetails.TAKEN.format(taken), field(metadata, "Date taken"), "a variant was taken when its original was");
        LibraryDriver.press(library, 's', 0);
        waitFor(() -> library.grid().cells().count() == 3);
        assertEquals(3, library.grid().cells().count(), "S expands the stack: the original and its variant side by side");
        LibraryDriver.screenshot(library.grid().control(), "catalog.png");

        FileEntry file = catalog.files(variant).get(0);
        Path rendered = catalog.root(file.rootId()).orElseThrow().folder().resolve(file.path());
        String record = exiftool(rendered.resolveSibling("stack.xmp"), "-XMP:Pick");
        assertTrue(record.contains(rendered.getFileName().toString()), "the pick is recorded beside the variants: " + record);
        String exif = exiftool(rendered, "-XMP-iptcExt:DigitalSourceType", "-XMP-lr:Seed");
        assertTrue(exif.contains("algorithmicallyEnhanced"), exif);
        assertArrayEquals(before, Files.readAllBytes(portrait), "the original is untouched");

        RegenerateJob again = metadata.submit(new RegenerateDialog.Request(recipe, 7, false)).get(10, TimeUnit.SECONDS);
        finish(again);
        assertEquals(0, again.result().submitted().added(), "the same regenerate adds nothing");
        assertEquals(1, again.result().submitted().existing());
        assertEquals(2, catalog.stackOf(original).members().size());
    }

    private static String field(MetadataView view, String name) {
        return view.rows().stream().filter(r -> r[0].equals(name)).map(r -> r[1]).findFirst().orElse(null);
    }

    private static String rows(MetadataView view) {
        return view.rows().stream().map(r -> r[0] + " = " + r[1]).collect(Collectors.joining("\n"));
    }

    /** Schedules the job and waits for it, keeping the UI going. */
    private static IStatus finish(Job job) {
        if (job.getState() == Job.NONE && job.getResult() == null) {
            job.schedule();
        }
        waitFor(() -> job.getResult() != null);
        assertNotNull(job.getResult(), job.getName() + " did not finish");
        return job.getResult();
    }

    private static String exiftool(Path file, String... tags) throws Exception {
        List<String> command = new ArrayList<>(List.of("exiftool", "-s"));
        command.addAll(List.of(tags));
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    private static void waitFor(BooleanSupplier condition) {
        LibraryDriver.waitFor(condition, 120);
    }
}
