package io.latentretouch.workbench.ui.internal.library;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop from a test on the UI thread until a condition holds. */
final class UiDriver {

    private UiDriver() {
    }

    static void until(BooleanSupplier condition, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Condition not reached within " + timeoutMillis + " ms");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}
