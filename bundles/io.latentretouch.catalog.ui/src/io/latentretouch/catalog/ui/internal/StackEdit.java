package io.latentretouch.catalog.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Stack;
import io.latentretouch.jobs.Picks;

/**
 * Ctrl+G as an undoable operation: the selected cells' stacks become the first one's, their members after its own; undo
 * moves each member back to the stack it came from, in its order, with that stack's pick. What the stacks held is
 * read when the edit is first done, on the session's reader, which runs every step in turn.
 */
final class StackEdit extends AbstractOperation {

    private final List<Cell> cells;
    private final Consumer<Exception> failed;
    /** The stacks merged away as they were (read on the reader, used there only). */
    private final List<Stack> before = new ArrayList<>();
    private long target = -1;

    StackEdit(List<Cell> cells, IUndoContext context, Consumer<Exception> failed) {
        super(Messages.editStack);
        addContext(context);
        this.cells = List.copyOf(cells);
        this.failed = failed;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return run(catalog -> {
            if (target < 0) {
                target = catalog.stackOf(cells.get(0).pick().id()).id();
                for (Cell c : cells.subList(1, cells.size())) {
                    Stack s = catalog.stackOf(c.pick().id());
                    if (s.id() != target && before.stream().noneMatch(b -> b.id() == s.id())) {
                        before.add(s);
                    }
                }
            }
            catalog.moveToStack(target, before.stream().flatMap(s -> s.members().stream()).toList());
        });
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return run(catalog -> {
            for (Stack s : before) {
                catalog.moveToStack(s.id(), s.members());
                Picks.pick(catalog, s.id(), s.pick());
            }
        });
    }

    private IStatus run(CatalogSession.Edit step) {
        CatalogSession.get().edit(step, failed);
        return Status.OK_STATUS;
    }
}
