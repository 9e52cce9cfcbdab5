package io.latentretouch.retouch.ui.internal.panel;

import java.util.function.DoubleConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/** The panels' widget rows: titled groups, labelled rows, sliders, hints and buttons laid out alike. */
final class Widgets {

    private Widgets() {
    }

    static Composite group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        return g;
    }

    /** A row with a label; returns the composite the control goes into (it fills the rest of the row). */
    static Composite labelled(Composite parent, String text) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(text);
        return row;
    }

    static Scale scale(Composite parent, int min, int max, DoubleConsumer changed) {
        Scale s = new Scale(parent, SWT.HORIZONTAL);
        s.setMinimum(min);
        s.setMaximum(max);
        s.setPageIncrement((max - min) / 10);
        s.addListener(SWT.Selection, e -> changed.accept(s.getSelection()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(s);
        return s;
    }

    static void hint(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(l);
    }

    static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        return b;
    }
}
