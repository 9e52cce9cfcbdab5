package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.RetouchIds;

/**
 * Issue 12, in the real window, on a real portrait: a variant saved from the Imperfection panel (the editor's Save)
 * joins its catalogued original's stack and becomes the pick at once, the journal naming the retoucher (read by a
 * second SQLite reader), the Library showing it; importing the folder afterwards adds nothing; the original's bytes
 * are untouched. A photo that is not in the catalog is saved beside its original and the catalog left as it was.
 */
class PanelSaveTest {

    @TempDir
    Path dir;

    @Test
    void aVariantSavedInThePanelIsStackedAndPickedInTheCatalog() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path portrait = Files.copy(RealWorld.photo("astronaut.png"), shoot.resolve("astronaut.png"));
        Path elsewhere = Files.copy(RealWorld.photo("messi5.jpg"), Files.createDirectories(dir.resolve("elsewhere")).resolve("messi5.jpg"));
        byte[] before = Files.readAllBytes(portrait);
        Path db = dir.resolve("catalog.db");
        CatalogPreferences.setUrl("jdbc:sqlite:" + db);
        ImportJob imported = new ImportJob(shoot);
        finish(imported);
        assertEquals(1, imported.result().added());
        Catalog catalog = CatalogSession.get().catalog();
        long original = imported.result().originals().get(0);

        IEditorPart editor = open(portrait);
        editor.doSave(null);
        waitFor(() -> variants(portrait).size() == 1 && stack(catalog, original).members().size() == 2
                && stack(catalog, original).pick() == stack(catalog, original).members().get(1));
        Path saved = variants(portrait).get(0);
        Stack stack = stack(catalog, original);
        assertEquals(2, stack.members().size(), "the saved variant joined its original's stack");
        long variant = stack.members().get(1);
        assertEquals(variant, stack.pick(), "and is the pick");
        Asset asset = catalog.asset(variant).orElseThrow();
        assertEquals(Asset.Kind.VARIANT, asset.kind());
        FileEntry file = catalog.files(variant).get(0);
        assertEquals(saved, catalog.root(file.rootId()).orElseThrow().folder().resolve(file.path()), "the catalog knows the file saved");
        String journal = sqlite(db, "SELECT actor || ' ' || event FROM journal WHERE asset_id = " + variant + " ORDER BY id");
        assertEquals("retouch adopted\nlibrarian picked", journal.strip(), "the journal tells who saved and picked it");

        LibraryView library = (LibraryView) LibraryDriver.show(LibraryView.ID);
        waitFor(() -> library.grid().cells().count() == 1 && library.grid().cells().at(0) != null
                && library.grid().cells().at(0).pick().id() == variant);
        assertEquals(2, library.grid().cells().at(0).members(), "the Library shows the stack of two, the saved variant picked");

        ImportJob again = new ImportJob(shoot);
        finish(again);
        assertEquals(0, again.result().adopted(), "importing the folder again finds the variant catalogued already");
        assertEquals(2, stack(catalog, original).members().size());
        assertArrayEquals(before, Files.readAllBytes(portrait), "the original is untouched");

        IEditorPart other = open(elsewhere);
        other.doSave(null);
        waitFor(() -> variants(elsewhere).size() == 1);
        assertEquals(1, variants(elsewhere).size(), "a photo outside the catalog is saved beside its original");
        waitFor(() -> Job.getJobManager().isIdle());
        CatalogSession.get().reader().submit(() -> null).get(30, TimeUnit.SECONDS);
        assertTrue(catalog.filesWithHash(Variants.sha256(variants(elsewhere).get(0))).isEmpty(),
                "and not catalogued: its original is not in the catalog");
    }

    /** Closes the canvases it opened: an editor left open shares the Library perspective's window with the grid. */
    @AfterEach
    void closeEditors() {
        waitFor(PanelSaveTest::idle);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    /** Opens the image in the canvas with the Open Image command, as the Library does, and waits until it is ready. */
    private static IEditorPart open(Path image) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(RetouchIds.OPEN_IMAGE_COMMAND),
                Map.of(RetouchIds.OPEN_IMAGE_PATH, image.toString())), null);
        IEditorPart editor = window.getActivePage().getActiveEditor();
        assertNotNull(editor);
        assertEquals(image.getFileName().toString(), editor.getTitle());
        // the portrait's faces and skin are found in the background before anything can be saved
        waitFor(PanelSaveTest::idle);
        return editor;
    }

    private static boolean idle() {
        for (int i = 0; i < 3; i++) {
            if (!Job.getJobManager().isIdle()) {
                return false;
            }
            LibraryDriver.waitFor(() -> false, 1);
        }
        return true;
    }

    private static Stack stack(Catalog catalog, long asset) {
        try {
            return catalog.stackOf(asset);
        } catch (CatalogException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> variants(Path original) {
        Path folder = Variants.folderOf(original);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ImageFiles.formatByName(f).isPresent() && !f.getFileName().toString().startsWith(".") && !Variants.stem(f).endsWith(Variants.LABELLED)).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The query's rows, one per line, as Python's sqlite3 reads them from the catalog's file. */
    private static String sqlite(Path db, String query) throws Exception {
        Process p = new ProcessBuilder("python3", "-c",
                "import sqlite3,sys\nc=sqlite3.connect('file:'+sys.argv[1]+'?mode=ro',uri=True)\nfor r in c.execute(sys.argv[2]): print(r[0])", db.toString(), query)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static IStatus finish(Job job) {
        job.schedule();
        waitFor(() -> job.getResult() != null);
        assertNotNull(job.getResult(), job.getName() + " did not finish");
        return job.getResult();
    }

    private static void waitFor(BooleanSupplier condition) {
        LibraryDriver.waitFor(condition, 120);
    }
}
