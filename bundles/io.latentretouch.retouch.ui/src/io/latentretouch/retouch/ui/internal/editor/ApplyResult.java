package io.latentretouch.retouch.ui.internal.editor;

import java.lang.ref.SoftReference;

import org.eclipse.core.commands.operations.IUndoContext;

import io.latentretouch.retouch.Retouched;

/**
 * Making a full-resolution result the current one, undoable back to the result and settings before it. The history
 * holds results softly (each is hundreds of megabytes for a large image): when memory ran short and one was let go,
 * undo or redo restores its settings as a live preview, and Apply renders it again, identically (recipes are
 * deterministic).
 */
final class ApplyResult extends StateEdit {

    private final EditSession session;
    private final SoftReference<Retouched> before;
    private final Adjustments beforeSettings;
    private final SoftReference<Retouched> after;
    private final Adjustments afterSettings;

    ApplyResult(String label, IUndoContext context, EditSession session, Retouched after, Adjustments settings) {
        super(label, context);
        this.session = session;
        this.before = new SoftReference<>(session.applied());
        this.beforeSettings = session.appliedWith();
        this.after = new SoftReference<>(after);
        this.afterSettings = settings;
    }

    @Override
    void show(boolean afterApply) {
        if (afterApply) {
            session.setApplied(after.get(), afterSettings);
        } else {
            session.setApplied(before.get(), beforeSettings);
        }
    }
}
