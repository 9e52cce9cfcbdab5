package io.latentretouch.retouch.ui.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;

/** Drives the real window for the canvas tests: commands, events, waiting for the background work, captures. */
public final class CanvasDriver {

    private CanvasDriver() {
    }

    /** Opens the image with the Open Image command, as the Library does. */
    static CanvasEditor open(IWorkbenchWindow window, Path image) throws Exception {
        IHandlerService handlers = window.getService(IHandlerService.class);
        ICommandService commands = window.getService(ICommandService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(RetouchIds.OPEN_IMAGE_COMMAND),
                Map.of(RetouchIds.OPEN_IMAGE_PATH, image.toString())), null);
        assertEquals(RetouchIds.PERSPECTIVE, window.getActivePage().getPerspective().getId(),
                "opening an image shows the Latent Retouch perspective");
        CanvasEditor editor = (CanvasEditor) window.getActivePage().getActiveEditor();
        assertNotNull(editor);
        return editor;
    }

    static ImperfectionPanel panel(IWorkbenchWindow window) {
        return (ImperfectionPanel) window.getService(EPartService.class).findPart(RetouchIds.PANEL_VIEW).getObject();
    }

    /** Moves the imperfection slider to {@code hundredths} of a level, as a drag would. */
    static void slide(AdjustmentControls controls, int hundredths) {
        controls.level().scale().setSelection(hundredths);
        controls.level().scale().notifyListeners(SWT.Selection, new Event());
    }

    /** Whether no canvas work is running or about to start, twice in a row a moment apart. */
    static boolean quiet() {
        for (int i = 0; i < 2; i++) {
            if (Job.getJobManager().find(CanvasEditor.JOBS).length > 0) {
                return false;
            }
            pause(250);
        }
        return true;
    }

    static void pause(long ms) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** What the control shows on screen. */
    static ImageData capture(Control c) {
        Rectangle r = c.getBounds();
        Image image = new Image(c.getDisplay(), r.width, r.height);
        GC gc = new GC(c);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    static void key(Control c, char ch) {
        Event e = new Event();
        e.character = ch;
        c.notifyListeners(SWT.KeyDown, e);
    }

    static void mouse(Control c, int type, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = type == SWT.MouseMove ? 0 : 1;
        c.notifyListeners(type, e);
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued, paints included
        }
    }

    public static void waitFor(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting until " + what);
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        flush();
    }
}
