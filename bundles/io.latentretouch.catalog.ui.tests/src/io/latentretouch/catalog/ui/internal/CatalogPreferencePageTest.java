package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.FileEntry;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.imaging.testing.ScratchMounts;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Importer;
import io.latentretouch.retouch.Recipes;

/**
 * Issue 14: the catalog's URL and output root are Configuration Admin settings (PID io.latentretouch.catalog, the one a
 * headless host reads from its conf folder), edited on the Catalog preference page. OK opens the new catalog; with an
 * output root, a photo on a read-only folder is regenerated into it and the original's folder is left as it was;
 * without one, the same batch fails saying to set it.
 */
class CatalogPreferencePageTest {

    private static final String PAGE = "io.latentretouch.catalog.ui.preferences";
    private static final String PID = "io.latentretouch.catalog";

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void defaults() throws Exception {
        admin().getConfiguration(PID, "?").delete();
    }

    @Test
    void okStoresBothSettingsAndTheWorkbenchWritesVariantsUnderTheOutputRoot() throws Exception {
        // a read-only share: a mount, since permissions do not stop root
        try (ScratchMounts share = ScratchMounts.tmpfs(dir, 4096, d -> Files.copy(RealWorld.photo("coffee.png"),
                Files.createDirectories(d.resolve("shoot")).resolve("coffee.png")), true)) {
            regenerateFrom(share.dir().resolve("shoot"));
        }
    }

    private void regenerateFrom(Path shoot) throws Exception {
        Path out = dir.resolve("variants");

        PreferenceDialog dialog = open();
        CatalogPreferencePage page = (CatalogPreferencePage) dialog.getSelectedPage();
        assertEquals("", page.urlField().getText(), "nothing configured: the default catalog");
        page.urlField().setText("catalog.db");
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().startsWith("A catalog is jdbc:sqlite:"), page.getErrorMessage());
        page.urlField().setText("jdbc:sqlite:" + dir.resolve("catalog.db"));
        assertTrue(page.isValid());
        page.outputRootField().setText(out.toString());
        assertTrue(page.performOk());
        dialog.close();

        Dictionary<String, Object> stored = admin().getConfiguration(PID, "?").getProperties();
        assertEquals("jdbc:sqlite:" + dir.resolve("catalog.db"), stored.get("url"));
        assertEquals(out.toString(), stored.get("outputRoot"));
        Catalog catalog = CatalogSession.get().catalog();
        assertTrue(catalog.describe().endsWith(" at " + dir.resolve("catalog.db")), catalog.describe());

        long original = CatalogSession.get().service(Importer.class).importFolder(catalog, shoot, RunMonitor.NONE).originals().get(0);
        RegenerateJob job = new RegenerateJob(List.of(original), Recipes.shipped().get(0), 3, false);
        job.schedule();
        LibraryDriver.waitFor(() -> job.getResult() != null, 120);
        assertEquals(List.of(), job.result().errors(), job.getResult().toString());
        try (Stream<Path> files = Files.list(shoot)) {
            assertEquals(List.of(shoot.resolve("coffee.png")), files.toList(), "nothing written beside the original");
        }
        FileEntry variant = catalog.stackOf(original).members().stream().filter(m -> m != original).findFirst()
                .flatMap(m -> files(catalog, m).stream().findFirst()).orElseThrow();
        Path file = catalog.root(variant.rootId()).orElseThrow().folder().resolve(variant.path());
        assertTrue(file.startsWith(out.resolve("shoot").resolve("coffee.variants")), file.toString());
        assertTrue(Files.size(file) > 0);

        dialog = open();
        page = (CatalogPreferencePage) dialog.getSelectedPage();
        assertEquals(out.toString(), page.outputRootField().getText(), "the page shows what is configured");
        page.outputRootField().setText("");
        assertTrue(page.performOk());
        dialog.close();
        assertNull(admin().getConfiguration(PID, "?").getProperties().get("outputRoot"));

        RegenerateJob beside = new RegenerateJob(List.of(original), Recipes.shipped().get(1), 3, false);
        beside.schedule();
        LibraryDriver.waitFor(() -> beside.getResult() != null, 120);
        assertEquals(1, beside.result().errors().size(), beside.getResult().toString());
        String error = beside.result().errors().get(0);
        assertTrue(error.contains(shoot + " is read-only") && error.contains("set an output root"), error);
    }

    private static List<FileEntry> files(Catalog catalog, long asset) {
        try {
            return catalog.files(asset);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ConfigurationAdmin admin() {
        var context = FrameworkUtil.getBundle(CatalogPreferencePageTest.class).getBundleContext();
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    private static PreferenceDialog open() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
