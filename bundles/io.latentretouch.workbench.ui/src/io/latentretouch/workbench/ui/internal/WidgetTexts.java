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

/** What a part of the window shows, read as a user reads it, in order: for {@code -verify}. */
final class WidgetTexts {

    /** What {@code -verify} takes for work in progress: our views end such a line with an ellipsis. */
    static final String BUSY = "\u2026";

    private WidgetTexts() {
    }

    /** The texts of the labels, links and fields, and the first column of each table row and top-level tree item. */
    static List<String> of(Control c) {
        List<String> texts = new ArrayList<>();
        collect(c, texts);
        return texts;
    }

    private static void collect(Control c, List<String> texts) {
        if (c instanceof Table t) {
            Arrays.stream(t.getItems()).map(TableItem::getText).forEach(s -> add(s, texts));
        } else if (c instanceof Tree t) {
            Arrays.stream(t.getItems()).map(TreeItem::getText).forEach(s -> add(s, texts));
        } else {
            add(c instanceof Label l ? l.getText() : c instanceof CLabel l ? l.getText() : c instanceof Link l ? l.getText()
                    : c instanceof Text t ? t.getText() : null, texts);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private static void add(String text, List<String> texts) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip().replaceAll("\\s+", " "));
        }
    }
}
