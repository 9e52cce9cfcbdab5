package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.commands.operations.IUndoContext;

import io.latentretouch.imaging.Mask;

/** A change of the whole active fill mask (grow, shrink, feather, invert, clear, import, from skin), undoable. */
final class FillMaskChange extends StateEdit {

    private final FillMasks fills;
    private final String name;
    private final Mask before;
    private final Mask after;

    FillMaskChange(String label, IUndoContext context, FillMasks fills, Mask after) {
        super(label, context);
        this.fills = fills;
        this.name = fills.active();
        this.before = fills.mask();
        this.after = after;
    }

    @Override
    void show(boolean afterChange) {
        fills.setMask(name, afterChange ? after : before);
    }
}
