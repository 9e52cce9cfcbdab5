package io.latentretouch.workbench.ui.internal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.latentretouch.workbench.ui.internal.Messages;

/** The columns of the assets table: name, size, modification date. */
final class AssetTable {

    private AssetTable() {
    }

    static TableViewer create(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, Messages.columnName, 360, p -> p.getFileName().toString());
        column(viewer, Messages.columnSize, 100, p -> size(p));
        column(viewer, Messages.columnModified, 180, p -> modified(p));
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, Function<Path, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Path) e)));
    }

    private static String size(Path p) {
        try {
            long bytes = Files.size(p);
            return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d KB", (bytes + 1023) / 1024);
        } catch (IOException e) {
            return "?";
        }
    }

    private static String modified(Path p) {
        try {
            return DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(new Date(Files.getLastModifiedTime(p).toMillis()));
        } catch (IOException e) {
            return "?";
        }
    }
}
