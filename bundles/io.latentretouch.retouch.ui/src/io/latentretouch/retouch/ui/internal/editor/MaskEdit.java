package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * A brush stroke on the skin mask, undoable. Keeps only the stroke's region before and after, so a long history of
 * strokes on a large image costs little memory.
 */
final class MaskEdit extends AbstractOperation {

    private final EditSession session;
    private final Region region;
    private final PlanarImage before;
    private final PlanarImage after;
    private Mask painted;

    /**
     * @param painted the session's mask with the stroke painted in
     * @param region  where the stroke changed it
     */
    MaskEdit(String label, IUndoContext context, EditSession session, Mask painted, Region region) {
        super(label);
        addContext(context);
        this.session = session;
        this.region = region;
        this.painted = painted;
        this.before = session.skin().asImage().crop(region);
        this.after = painted.asImage().crop(region);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        session.setSkin(painted);
        painted = null;
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        session.setSkin(patched(session.skin(), after));
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        session.setSkin(patched(session.skin(), before));
        return Status.OK_STATUS;
    }

    private Mask patched(Mask mask, PlanarImage values) {
        Mask copy = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        copy.asImage().paste(values, region.x(), region.y());
        return copy;
    }
}
