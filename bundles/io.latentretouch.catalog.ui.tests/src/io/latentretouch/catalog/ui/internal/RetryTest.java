package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Catalog;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Importer;
import io.latentretouch.retouch.Recipes;

/**
 * Issue 12: a regenerate whose original went missing fails per asset with the reason; the Progress view keeps the
 * batch with a Retry link; with the file back, the retry makes the variant in its stack.
 */
class RetryTest {

    @TempDir
    Path dir;

    @Test
    void aFailedBatchIsKeptWithARetryThatMakesTheVariantOnceTheFileIsBack() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        Path photo = Files.copy(RealWorld.photo("coffee.png"), shoot.resolve("coffee.png"));
        CatalogPreferences.setUrl("jdbc:sqlite:" + dir.resolve("catalog.db"));
        Catalog catalog = CatalogSession.get().catalog();
        long original = CatalogSession.get().service(Importer.class).importFolder(catalog, shoot, RunMonitor.NONE).originals().get(0);
        Path away = Files.move(photo, dir.resolve("coffee.png"));

        RegenerateJob failing = new RegenerateJob(List.of(original), Recipes.shipped().get(0), 3, false);
        failing.schedule();
        LibraryDriver.waitFor(() -> failing.getResult() != null, 120);
        IStatus status = failing.getResult();
        assertEquals(IStatus.WARNING, status.getSeverity(), status.toString());
        assertEquals(1, failing.result().errors().size());
        assertTrue(failing.result().errors().get(0).startsWith("coffee.png: "), failing.result().errors().get(0));
        assertEquals(Boolean.TRUE, failing.getProperty(IProgressConstants.KEEP_PROPERTY), "kept in the Progress view");
        IAction retry = (IAction) failing.getProperty(IProgressConstants.ACTION_PROPERTY);
        assertNotNull(retry, "with a Retry link");
        assertEquals("Retry the 1 failed", retry.getText());
        assertEquals(1, catalog.stackOf(original).members().size());

        Files.move(away, photo);
        retry.run();
        LibraryDriver.waitFor(() -> members(catalog, original) == 2, 120);
        assertEquals(2, members(catalog, original), "the retry made the variant");
    }

    private static int members(Catalog catalog, long original) {
        try {
            return catalog.stackOf(original).members().size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
