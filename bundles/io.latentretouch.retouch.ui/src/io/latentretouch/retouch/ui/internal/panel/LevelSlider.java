package io.latentretouch.retouch.ui.internal.panel;

import java.util.function.DoubleConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;

import io.latentretouch.retouch.ui.internal.Messages;

/**
 * The imperfection level, 1.00 … 5.00: a scale with detents at the whole levels (a drag passing within a few
 * hundredths of one stops there; arrow keys move by a hundredth and never snap) and a spinner for exact values.
 */
final class LevelSlider {

    private static final int UNITS = 100;
    private static final int DETENT = 4;

    private final Scale scale;
    private final Spinner spinner;
    private DoubleConsumer listener = v -> { };

    LevelSlider(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        scale = new Scale(box, SWT.HORIZONTAL);
        scale.setMinimum(UNITS);
        scale.setMaximum(5 * UNITS);
        scale.setIncrement(1);
        scale.setPageIncrement(UNITS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scale);
        spinner = new Spinner(box, SWT.BORDER);
        spinner.setValues(3 * UNITS, UNITS, 5 * UNITS, 2, 1, 10);
        Composite marks = new Composite(box, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(marks);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(marks);
        mark(marks, Messages.levelCover, SWT.LEFT);
        mark(marks, Messages.levelNatural, SWT.CENTER);
        mark(marks, Messages.levelRaw, SWT.RIGHT);
        int[] last = {scale.getSelection()};
        scale.addListener(SWT.Selection, e -> {
            int v = snapped(scale.getSelection(), last[0]);
            scale.setSelection(v);
            spinner.setSelection(v);
            last[0] = v;
            listener.accept(v / (double) UNITS);
        });
        spinner.addListener(SWT.Selection, e -> {
            scale.setSelection(spinner.getSelection());
            last[0] = spinner.getSelection();
            listener.accept(spinner.getSelection() / (double) UNITS);
        });
    }

    private static void mark(Composite parent, String text, int align) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridDataFactory.swtDefaults().align(align, SWT.CENTER).grab(true, false).applyTo(l);
    }

    /** A jump of more than one step that lands near a whole level stops on it. */
    static int snapped(int value, int previous) {
        int whole = Math.round(value / (float) UNITS) * UNITS;
        return Math.abs(value - previous) > 1 && Math.abs(value - whole) <= DETENT ? whole : value;
    }

    void onChange(DoubleConsumer l) {
        listener = l;
    }

    void show(double level) {
        int v = (int) Math.round(level * UNITS);
        scale.setSelection(v);
        spinner.setSelection(v);
    }

    void setEnabled(boolean enabled) {
        scale.setEnabled(enabled);
        spinner.setEnabled(enabled);
    }

    /** The scale, for tests that move it by events. */
    Scale scale() {
        return scale;
    }

    void setFocus() {
        scale.setFocus();
    }
}
