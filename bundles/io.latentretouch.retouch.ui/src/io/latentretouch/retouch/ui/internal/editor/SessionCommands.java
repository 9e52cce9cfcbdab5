package io.latentretouch.retouch.ui.internal.editor;

import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.preferences.RetouchPreferences;

/**
 * What the canvas and the panel do to a session: brush strokes, Apply and Save as variant, the long ones as jobs,
 * the changes as undoable operations in the workbench's history.
 */
final class SessionCommands {

    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();
    private final EditSession session;
    private final IUndoContext undo;
    private final Display display;
    private final Consumer<String> failed;

    SessionCommands(EditSession session, IUndoContext undo, Display display, Consumer<String> failed) {
        this.session = session;
        this.undo = undo;
        this.display = display;
        this.failed = failed;
    }

    void stroked(Mask painted, Region region, boolean add) {
        execute(new MaskEdit(add ? Messages.undoBrushAdd : Messages.undoBrushErase, undo, session, painted, region));
    }

    void apply() {
        Adjustments a = session.adjustments();
        Mask skin = session.skin();
        Background.start(Messages.jobApply, display, m -> SessionWork.apply(session, a, skin, m),
                r -> execute(new ApplyResult(Messages.undoApply, undo, session, r, a)), failed);
    }

    /**
     * Saves the result of the current settings, applying them first unless the last Apply used them. The variant
     * follows the disclosure rules of the markets chosen in the preferences. When the variant cannot be written, the
     * applied result is kept (undoable, unsaved) and the failure reported, so saving again after fixing the folder
     * does not render it again.
     */
    void saveVariant() {
        Adjustments a = session.adjustments();
        Mask skin = session.skin();
        Set<Market> markets = RetouchPreferences.markets();
        Retouched current = a.equals(session.appliedWith()) ? session.applied() : null;
        Background.start(Messages.jobSave, display, m -> {
            Retouched r = current != null ? current : SessionWork.apply(session, a, skin, m);
            try {
                return new Saved(r, SessionWork.save(session, r, a, markets), null);
            } catch (ImageIoException e) {
                return new Saved(r, null, e.getMessage());
            }
        }, saved -> {
            if (saved.result() != current) {
                execute(new ApplyResult(Messages.undoApply, undo, session, saved.result(), a));
            }
            if (saved.variant() != null) {
                session.markSaved(saved.result(), saved.variant());
            } else {
                failed.accept(saved.failure());
            }
        }, failed);
    }

    private record Saved(Retouched result, SavedVariant variant, String failure) {
    }

    private void execute(IUndoableOperation op) {
        try {
            history.execute(op, null, null);
        } catch (ExecutionException e) {
            failed.accept(e.getMessage());
        }
    }
}
