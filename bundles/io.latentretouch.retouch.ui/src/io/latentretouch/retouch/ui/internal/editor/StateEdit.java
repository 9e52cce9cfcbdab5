package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * An undoable edit that sets the session to one of the two states it keeps, the one before and the one after: redo is
 * doing it again.
 */
abstract class StateEdit extends AbstractOperation {

    StateEdit(String label, IUndoContext context) {
        super(label);
        addContext(context);
    }

    /** Sets the session to the state after the edit, or before it. */
    abstract void show(boolean after);

    @Override
    public final IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        show(true);
        return Status.OK_STATUS;
    }

    @Override
    public final IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public final IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        show(false);
        return Status.OK_STATUS;
    }
}
