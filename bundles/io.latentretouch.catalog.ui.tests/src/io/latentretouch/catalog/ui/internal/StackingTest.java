package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Importer;

/**
 * Issue 12, in the real window: Ctrl+G stacks the selected stacks into the first one, shown as one cell with all the
 * members; Ctrl+Z puts each member back in its own stack, with its id; Ctrl+Shift+Z stacks them again.
 */
class StackingTest {

    @TempDir
    Path dir;

    @Test
    void ctrlGStacksTheSelectionAndUndoSplitsItAgain() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("bracket"));
        for (String name : new String[] {"fruits.jpg", "baboon.jpg", "coffee.png"}) {
            Files.copy(RealWorld.photo(name), shoot.resolve(name));
        }
        CatalogPreferences.setUrl("jdbc:sqlite:" + dir.resolve("catalog.db"));
        Catalog catalog = CatalogSession.get().catalog();
        assertEquals(3, CatalogSession.get().service(Importer.class).importFolder(catalog, shoot, RunMonitor.NONE).added());
        LibraryView library = (LibraryView) LibraryDriver.show(LibraryView.ID);
        CatalogSession.get().changed();
        // this catalog's stacks shown, not a grid left by an earlier test
        LibraryDriver.waitFor(() -> library.grid().cells().count() == 3 && library.grid().cells().at(2) != null
                && library.grid().cells().at(2).pick().name().equals("fruits.jpg"), 30);
        assertEquals("fruits.jpg", library.grid().cells().at(2).pick().name());
        long first = library.grid().cells().at(0).stackId();
        long third = library.grid().cells().at(2).stackId();

        LibraryDriver.clickFirst(library);
        LibraryDriver.press(library, 'a', SWT.MOD1);
        assertEquals(3, library.grid().selected().size(), "Ctrl+A selects all");
        LibraryDriver.press(library, 'g', SWT.MOD1);
        LibraryDriver.waitFor(() -> library.grid().cells().count() == 1 && library.grid().cells().at(0) != null
                && library.grid().cells().at(0).members() == 3, 30);
        assertEquals(1, library.grid().cells().count(), "one stack");
        assertEquals(first, library.grid().cells().at(0).stackId(), "the first one's");
        assertEquals(3, library.grid().cells().at(0).members());
        assertEquals(3, catalog.stackOf(library.grid().cells().at(0).pick().id()).members().size(), "in the catalog too");

        LibraryDriver.press(library, 'z', SWT.MOD1);
        LibraryDriver.waitFor(() -> library.grid().cells().count() == 3 && library.grid().cells().at(2) != null, 30);
        assertEquals(3, library.grid().cells().count(), "undone: three stacks again");
        assertEquals(third, library.grid().cells().at(2).stackId(), "each with its own id");
        assertEquals(1, library.grid().cells().at(2).members());

        LibraryDriver.press(library, 'z', SWT.MOD1 | SWT.MOD2);
        LibraryDriver.waitFor(() -> library.grid().cells().count() == 1, 30);
        assertEquals(1, library.grid().cells().count(), "redone");
    }
}
