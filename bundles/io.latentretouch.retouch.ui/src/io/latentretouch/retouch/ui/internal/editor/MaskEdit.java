package io.latentretouch.retouch.ui.internal.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * A brush stroke or a shape on a mask (the skin, or the active fill mask), undoable. Keeps only the changed region
 * before and after, so a long history of strokes on a large image costs little memory.
 */
final class MaskEdit extends AbstractOperation {

    /** The mask an edit changes: where to read it and where to put it. */
    record Slot(Supplier<Mask> reader, Consumer<Mask> writer) {
        Mask get() {
            return reader.get();
        }

        void set(Mask m) {
            writer.accept(m);
        }
    }

    private final Slot slot;
    private final Region region;
    private final PlanarImage before;
    private final PlanarImage after;
    private Mask painted;

    /**
     * @param painted the slot's mask with the stroke painted in
     * @param region  where the stroke changed it
     */
    MaskEdit(String label, IUndoContext context, Slot slot, Mask painted, Region region) {
        super(label);
        addContext(context);
        this.slot = slot;
        this.region = region;
        this.painted = painted;
        this.before = slot.get().asImage().crop(region);
        this.after = painted.asImage().crop(region);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        slot.set(painted);
        painted = null;
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        slot.set(patched(slot.get(), after));
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        slot.set(patched(slot.get(), before));
        return Status.OK_STATUS;
    }

    private Mask patched(Mask mask, PlanarImage values) {
        Mask copy = Mask.wrap(mask.width(), mask.height(), mask.values().clone());
        copy.asImage().paste(values, region.x(), region.y());
        return copy;
    }
}
