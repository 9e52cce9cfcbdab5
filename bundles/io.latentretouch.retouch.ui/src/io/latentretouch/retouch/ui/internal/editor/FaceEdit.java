package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.commands.operations.IUndoContext;

import io.latentretouch.retouch.SkinMap;

/** A face drawn or removed, and the skin found again for the faces it leaves: undoable. */
final class FaceEdit extends StateEdit {

    private final EditSession session;
    private final SkinMap before;
    private final SkinMap after;

    FaceEdit(String label, IUndoContext context, EditSession session, SkinMap before, SkinMap after) {
        super(label, context);
        this.session = session;
        this.before = before;
        this.after = after;
    }

    @Override
    void show(boolean afterEdit) {
        session.setMap(afterEdit ? after : before);
    }
}
