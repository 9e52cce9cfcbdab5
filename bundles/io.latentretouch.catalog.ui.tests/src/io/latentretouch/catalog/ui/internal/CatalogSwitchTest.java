package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Cell;
import io.latentretouch.catalog.ui.internal.grid.ThumbnailCache;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Importer;

/**
 * Another catalog chosen while the Library is shown: the grid shows the new catalog's stacks with their own files and
 * thumbnails, although its ids (stacks 1, 2, 3 …, root 1) are the ones the first catalog used for other things.
 */
class CatalogSwitchTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryFollowsAnotherCatalogWithTheSameIds() throws Exception {
        Path first = shoot("first", 3, 0f);
        Path second = shoot("second", 5, 0.5f);
        LibraryView view = (LibraryView) LibraryDriver.show(LibraryView.ID);
        open("one.db", first, 3);
        thumbnailsShown(view, first, 3);

        open("two.db", second, 5);
        thumbnailsShown(view, second, 5);
    }

    private void open(String db, Path folder, int images) throws Exception {
        CatalogPreferences.setUrl("jdbc:sqlite:" + dir.resolve(db));
        var catalog = CatalogSession.get().catalog();
        assertEquals(images, CatalogSession.get().service(Importer.class).importFolder(catalog, folder, RunMonitor.NONE).added());
        CatalogSession.get().changed();
    }

    /** Every cell is read from the folder's catalog, its key names a file in that folder, and its thumbnail is held. */
    private static void thumbnailsShown(LibraryView view, Path folder, int images) {
        LibraryDriver.waitFor(() -> view.grid().cells().count() == images && inFolder(view, folder, images) && view.grid().screenComplete(), 60);
        assertEquals(images, view.grid().cells().count());
        for (int i = 0; i < images; i++) {
            Cell cell = view.grid().cells().at(i);
            ThumbnailCache.Key key = view.grid().cells().key(cell);
            assertEquals(folder, key.file().getParent(), "cell " + i + " names its catalog's file");
            assertTrue(Files.exists(key.file()));
            assertFalse(view.grid().cache().unreadable(key.sha256()), "cell " + i + " has a thumbnail");
            assertTrue(view.grid().cache().holds(key.sha256()), "cell " + i + " is drawn with its thumbnail");
        }
    }

    private static boolean inFolder(LibraryView view, Path folder, int images) {
        for (int i = 0; i < images; i++) {
            Cell cell = view.grid().cells().at(i);
            if (cell == null || !Files.exists(folder.resolve(cell.pick().name()))) {
                return false;
            }
        }
        return true;
    }

    /** A folder of small images of distinct colours (distinct hashes), named after the folder. */
    private Path shoot(String name, int images, float hue) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < images; i++) {
            BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(Color.HSBtoRGB(hue + i / 20f, 0.8f, 0.9f)));
            g.fillRect(0, 0, 90, 60);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve(name + "-" + i + ".png").toFile());
        }
        return folder;
    }
}
