package io.latentretouch.catalog.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.catalog.ui.internal.grid.GridActions;
import io.latentretouch.workbench.ui.OpenImages;

/** What the Library's grid asks for, done: edits through the operation history, stacks expanded, images opened. */
final class LibraryActions implements GridActions {

    /** The Library's edits, undone and redone by the grid's keys. */
    static final IUndoContext CONTEXT = new ObjectUndoContext(LibraryActions.class, "Library");

    private final IWorkbenchWindow window;
    private final ESelectionService selection;
    private final LibraryView view;
    private final Consumer<Exception> failed;

    LibraryActions(IWorkbenchWindow window, ESelectionService selection, LibraryView view, Consumer<Exception> failed) {
        this.window = window;
        this.selection = selection;
        this.view = view;
        this.failed = failed;
    }

    private static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    @Override
    public void rate(List<Cell> cells, int rating) {
        execute(CatalogEdit.rate(cells, rating, CONTEXT, failed));
    }

    @Override
    public void pick(Cell cell) {
        CatalogSession.get().reader().submit(() -> {
            try {
                Catalog catalog = CatalogSession.get().catalog();
                long previous = catalog.stackOf(cell.pick().id()).pick();
                if (previous != cell.pick().id()) {
                    window.getShell().getDisplay().asyncExec(() -> execute(CatalogEdit.pick(cell, previous, CONTEXT, failed)));
                }
            } catch (CatalogException e) {
                failed.accept(e);
            }
        });
    }

    private void execute(IUndoableOperation edit) {
        try {
            history().execute(edit, null, null);
        } catch (ExecutionException e) {
            failed.accept(e);
        }
    }

    @Override
    public void stack(List<Cell> cells) {
        execute(new StackEdit(cells, CONTEXT, failed));
    }

    @Override
    public void toggleStack(Cell cell) {
        view.toggle(cell);
    }

    @Override
    public void open(List<Cell> cells) {
        OpenImages.open(window, cells.stream().map(c -> view.cells().key(c).file()).toList());
    }

    @Override
    public void undo(boolean redo) {
        try {
            if (redo) {
                history().redo(CONTEXT, null, null);
            } else {
                history().undo(CONTEXT, null, null);
            }
        } catch (ExecutionException e) {
            failed.accept(e);
        }
    }

    @Override
    public void selected(List<Cell> cells) {
        selection.setSelection(new StructuredSelection(cells));
    }
}
