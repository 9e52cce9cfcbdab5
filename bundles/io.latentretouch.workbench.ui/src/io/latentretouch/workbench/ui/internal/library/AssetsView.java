package io.latentretouch.workbench.ui.internal.library;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;

import io.latentretouch.workbench.ui.OpenImages;
import io.latentretouch.workbench.ui.internal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The images of the folder selected in the Library, with size and date; a double-click opens them for retouching. */
public final class AssetsView {

    private Label summary;
    private TableViewer table;
    private Path folder;

    @PostConstruct
    void create(Composite parent, IWorkbenchWindow window) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = AssetTable.create(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(e -> OpenImages.open(window, ((IStructuredSelection) e.getSelection()).stream().map(Path.class::cast).toList()));
        refresh();
    }

    @Inject
    void show(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Path selected) {
        if (selected != null) {
            folder = selected;
            refresh();
        }
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        if (folder == null) {
            summary.setText(Messages.assetsNoFolder);
            table.setInput(List.of());
            return;
        }
        try {
            List<Path> images = ImageFiles.in(folder);
            table.setInput(images);
            summary.setText(MessageFormat.format(Messages.assetsSummary, images.size(), folder));
        } catch (IOException e) {
            table.setInput(List.of());
            summary.setText(NLS.bind(Messages.assetsUnreadable, folder, e.getMessage()));
        }
        summary.getParent().layout();
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    /** The table, for tests and commands acting on the selected assets. */
    public TableViewer table() {
        return table;
    }
}
