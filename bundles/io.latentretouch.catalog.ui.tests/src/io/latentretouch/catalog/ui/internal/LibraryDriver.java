package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
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
