package io.latentretouch.retouch.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationAdmin;

import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.retouch.ui.internal.Services;
import io.latentretouch.retouch.ui.internal.preferences.EngineConfiguration.Key;

/**
 * Issue 14: the workbench exposes the engine's Configuration Admin settings on a preference page; OK reconfigures
 * the running engine (the real one, asked for CUDA on a host without it: it says it runs on the CPU and why).
 */
class EnginePreferencePageTest {

    private static final String PAGE = "io.latentretouch.retouch.ui.preferences.engine";
    private static final String ENGINE = "io.latentretouch.inference.onnx";
    private static final String REGISTRY = "io.latentretouch.inference.models";

    @AfterEach
    void defaults() throws Exception {
        Services.get(ConfigurationAdmin.class).getConfiguration(ENGINE, "?").delete();
    }

    @Test
    void okReconfiguresTheRunningEngineAndDefaultsBringItBack() throws Exception {
        PreferenceDialog dialog = open();
        EnginePreferencePage page = (EnginePreferencePage) dialog.getSelectedPage();
        assertEquals("Inference Engine", page.getTitle());
        page.field(Key.INTRA_OP_THREADS).setText("lots");
        assertFalse(page.isValid());
        assertEquals("'lots' is not a whole number", page.getErrorMessage());
        page.field(Key.INTRA_OP_THREADS).setText("1");
        assertTrue(page.isValid());
        page.provider().select(2);
        assertTrue(page.performOk());
        dialog.close();

        Dictionary<String, Object> stored = Services.get(ConfigurationAdmin.class).getConfiguration(ENGINE, "?").getProperties();
        assertEquals(1, stored.get("intraOpThreads"));
        assertEquals("cuda", stored.get("executionProvider"));
        // the registry's settings were left alone, so the engine restarts once (its registry reference is static)
        assertNull(Services.get(ConfigurationAdmin.class).getConfiguration(REGISTRY, "?").getProperties());
        waitFor(() -> describe().contains(", 1 thread per operator"));
        String provider = Services.get(InferenceService.class).provider(Services.get(ModelRegistry.class).require("lr.skin-detail"));
        String described = describe();
        assertTrue(described.contains("(" + provider + ", 1 thread per operator"), described);
        if (provider.equals("CPU")) {
            assertTrue(described.contains("; CUDA was asked for, but "), described);
        }

        dialog = open();
        page = (EnginePreferencePage) dialog.getSelectedPage();
        assertEquals("1", page.field(Key.INTRA_OP_THREADS).getText(), "the page shows what is configured");
        assertEquals(2, page.provider().getSelectionIndex());
        page.performDefaults();
        assertTrue(page.performOk());
        dialog.close();
        stored = Services.get(ConfigurationAdmin.class).getConfiguration(ENGINE, "?").getProperties();
        assertNull(stored.get("intraOpThreads"));
        assertNull(stored.get("executionProvider"));
        waitFor(() -> describe().contains(", a thread per core in each operator)"));
    }

    private static PreferenceDialog open() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static String describe() {
        return Services.get(InferenceService.class).describe();
    }

    /** Runs the event loop until the condition holds; the engine is restarted by the component runtime meanwhile. */
    private static void waitFor(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException restarting) {
                // the engine is between its old and its new configuration
            }
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("not reconfigured within 15 s: " + describe());
    }
}
