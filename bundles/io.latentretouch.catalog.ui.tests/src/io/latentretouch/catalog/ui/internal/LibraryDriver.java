package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Drives the Library in the test's workbench window as a user would: its perspective, its views, clicks. UI thread. */
final class LibraryDriver {

    private LibraryDriver() {
    }

    /** Opens the Library perspective, in a window of a laptop screen's size, and shows the view; @return the view's object */
    static Object show(String viewId) throws PartInitException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 900);
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("io.latentretouch.workbench.ui.library"));
        page.showView(viewId);
        return window.getService(EPartService.class).findPart(viewId).getObject();
    }

    /** Clicks the grid's first cell, which selects it alone. */
    static void clickFirst(LibraryView library) {
        library.grid().control().setFocus();
        Event click = new Event();
        click.x = 40;
        click.y = 60;
        library.grid().control().notifyListeners(SWT.MouseDown, click);
        assertEquals(1, library.grid().selected().size(), "a click selects the cell");
    }

    /** Presses a letter key in the grid, with these modifiers ({@code SWT.MOD1}…; with Ctrl, SWT gives the control character). */
    static void press(LibraryView library, char letter, int modifiers) {
        Event key = new Event();
        key.keyCode = letter;
        key.character = (modifiers & SWT.MOD1) != 0 ? (char) (letter - 'a' + 1) : letter;
        key.stateMask = modifiers;
        library.grid().control().notifyListeners(SWT.KeyDown, key);
    }

    /** With -Dscreenshots=DIR, the whole window saved there as a PNG (for the README). */
    static void screenshot(Control any, String name) throws IOException {
        String folder = System.getProperty("screenshots", "off");
        if (folder.equals("off")) {
            return;
        }
        waitFor(() -> false, 2);
        Rectangle window = any.getShell().getBounds();
        Image shot = new Image(any.getDisplay(), window.width, window.height);
        GC screen = new GC(any.getDisplay());
        screen.copyArea(shot, window.x, window.y);
        screen.dispose();
        ImageLoader png = new ImageLoader();
        png.data = new ImageData[] {shot.getImageData()};
        Files.createDirectories(Path.of(folder));
        png.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        shot.dispose();
    }

    /** Runs the event loop until the condition holds or the seconds pass (the caller then asserts it). */
    static void waitFor(BooleanSupplier condition, int seconds) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}
