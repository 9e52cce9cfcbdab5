package io.latentretouch.workbench.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** The controls of a part of the window and what they show, read as a user reads them, in order: for {@code -verify}. */
final class WidgetTexts {

    /** What {@code -verify} takes for work in progress: our views end such a line with an ellipsis. */
    static final String BUSY = "\u2026";

    private WidgetTexts() {
    }

    /** The texts of the labels, links and fields, and the first column of each table row and top-level tree item. */
    static List<String> of(Control c) {
        List<String> texts = new ArrayList<>();
        for (Control each : all(c, Control.class)) {
            texts(each, texts);
        }
        return texts;
    }

    /** The control and every control under it of this type, in order (a composite before its children). */
    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, List<T> found) {
        if (type.isInstance(c)) {
            found.add(type.cast(c));
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The text one control shows: a table's or tree's items, a label's, link's or field's text. */
    private static void texts(Control c, List<String> texts) {
        if (c instanceof Table t) {
            Arrays.stream(t.getItems()).map(TableItem::getText).forEach(s -> add(s, texts));
        } else if (c instanceof Tree t) {
            Arrays.stream(t.getItems()).map(TreeItem::getText).forEach(s -> add(s, texts));
        } else {
            add(c instanceof Label l ? l.getText() : c instanceof CLabel l ? l.getText() : c instanceof Link l ? l.getText()
                    : c instanceof Text t ? t.getText() : null, texts);
        }
    }

    private static void add(String text, List<String> texts) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip().replaceAll("\\s+", " "));
        }
    }
}
