package io.latentretouch.workbench.ui.internal.library;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.latentretouch.workbench.ui.WorkbenchIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The Library's folder tree; the selected folder becomes the workbench selection. */
public final class FolderView {

    @Inject
    private ESelectionService selection;

    private TreeViewer viewer;
    private String root;

    @PostConstruct
    void create(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new FolderTree());
        viewer.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> {
            Path p = (Path) e;
            return p.getFileName() == null ? p.toString() : p.getFileName().toString();
        }));
        viewer.addSelectionChangedListener(e -> selection.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement()));
        refresh();
    }

    @Inject
    void showRoot(@Optional @Preference(nodePath = WorkbenchIds.PREFERENCE_NODE, value = LibraryPreferences.ROOT) String root) {
        this.root = root;
        refresh();
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed() && root != null) {
            Path path = Path.of(root);
            viewer.setInput(new FolderTree.Root(path));
            viewer.setExpandedState(path, true);
        }
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }

    /** The tree, for tests and for commands that act on the selected folder. */
    public TreeViewer viewer() {
        return viewer;
    }

    /** The folder at the top of the tree, or null before one is shown. */
    public Path root() {
        return viewer.getInput() instanceof FolderTree.Root r ? r.folder() : null;
    }
}
