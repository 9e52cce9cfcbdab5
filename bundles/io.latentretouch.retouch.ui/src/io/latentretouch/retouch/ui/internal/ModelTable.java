package io.latentretouch.retouch.ui.internal;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.latentretouch.inference.ModelDescriptor;

/** Columns of the models table. */
final class ModelTable {

    private ModelTable() {
    }

    /**
     * @param where "installed" or "shipped"
     * @param size  the model's size on disk, in words
     */
    static TableViewer create(Composite parent, Function<ModelDescriptor, String> where, Function<ModelDescriptor, String> size) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        column(viewer, Messages.columnModel, 220, ModelDescriptor::reference);
        column(viewer, Messages.columnTask, 120, m -> m.task().id());
        column(viewer, Messages.columnFamily, 100, ModelDescriptor::family);
        column(viewer, Messages.columnOrigin, 100, m -> m.origin().name().toLowerCase(Locale.ROOT));
        column(viewer, Messages.columnLicence, 100, ModelDescriptor::licence);
        column(viewer, Messages.columnSize, 80, size);
        column(viewer, Messages.columnHash, 160, m -> m.sha256().substring(0, 16) + "…");
        column(viewer, Messages.columnWhere, 80, where);
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, Function<ModelDescriptor, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((ModelDescriptor) e)));
    }
}
