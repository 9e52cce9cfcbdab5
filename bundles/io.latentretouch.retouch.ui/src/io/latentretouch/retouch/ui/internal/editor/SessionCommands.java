package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.Variants;
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
        execute(new MaskEdit(add ? Messages.undoBrushAdd : Messages.undoBrushErase, undo, slot(), painted, region));
    }

    /** The mask the canvas edits: the active fill mask while the Inpainting panel leads, else the skin. */
    private MaskEdit.Slot slot() {
        FillMasks fills = session.fills();
        if (!fills.editing()) {
            return new MaskEdit.Slot(session::skin, session::setSkin);
        }
        String name = fills.active();
        return new MaskEdit.Slot(() -> fills.mask(name), m -> fills.setMask(name, m));
    }

    /** Replaces the active fill mask by what {@code change} makes of it, in the background; undoable. */
    void changeFill(UnaryOperator<Mask> change, String label) {
        FillMasks fills = session.fills();
        Mask before = fills.mask();
        Background.start(label, display, m -> change.apply(before), after -> execute(new FillMaskChange(label, undo, fills, after)), failed);
    }

    /** Makes the active fill mask the flyaway strands the current result has around its faces, in the background; undoable. */
    void flyaways(double strength) {
        FillMasks fills = session.fills();
        PlanarImage image = session.result();
        Background.start(Messages.jobFlyaways, display, m -> SessionWork.flyaways(session, image, strength, m),
                found -> execute(new FillMaskChange(Messages.undoFlyaways, undo, fills, found)), failed);
    }

    /** Makes the active fill mask a part of the portrait by the face-parsing model, in the background; undoable. */
    void fromPart(FacePart part) {
        FillMasks fills = session.fills();
        PlanarImage image = session.result();
        String label = NLS.bind(Messages.undoFromPart, part.label());
        Background.start(label, display, m -> SessionWork.part(image, part, m), found -> execute(new FillMaskChange(label, undo, fills, found)), failed);
    }

    /** Fills the active mask's region of the current result with {@code count} candidates, in the background. */
    void fill(String engine, FillOptions options, int count) {
        Retouched base = session.applied();
        FillMasks.Applied baseFill = session.fills().fillOf(base);
        Recipe before = base == null ? Variants.REGION_FILL : baseFill != null ? baseFill.recipe() : session.appliedWith().recipe();
        Mask region = session.fills().mask();
        Background.start(Messages.jobFill, display, m -> SessionWork.fill(session, base, region, engine, options, count, m),
                candidates -> session.fills().offer(candidates, region, EditSession.SEED, before), failed);
    }

    /** Makes the picked candidate the current result; undoable. */
    void applyCandidate() {
        Retouched base = session.applied();
        Retouched picked = session.fills().take();
        if (picked != null) {
            session.carried().filled(base, base == null ? session.source().pixels() : base.image(), picked);
            execute(new ApplyResult(Messages.undoFill, undo, session, picked, session.adjustments()));
        }
    }

    void apply() {
        Adjustments a = session.adjustments();
        SkinMap map = session.map();
        Mask fabric = session.fabric();
        Retouched current = session.applied();
        Background.start(Messages.jobApply, display, m -> SessionWork.apply(session, a, map, fabric, current, m),
                r -> execute(new ApplyResult(Messages.undoApply, undo, session, r, a)), failed);
    }

    /** Finds the skin again for these faces (one drawn or removed), in the background; undoable. */
    void faces(List<Face> faces, String label) {
        SkinMap before = session.map();
        Background.start(Messages.jobFaces, display, m -> SessionWork.remap(session, faces, m),
                after -> execute(new FaceEdit(label, undo, session, before, after)), failed);
    }

    /** Takes a fabric region from a mask file (grey or alpha, any size); a warning when its aspect differs. */
    void importFabric(Path file, Consumer<String> warn) {
        readMask(Messages.jobFabric, file, warn, session::setFabric);
    }

    /** Replaces the active fill mask by a mask file's (grey or alpha, any size); undoable; a warning as above. */
    void importFill(Path file, Consumer<String> warn) {
        readMask(Messages.jobMaskImport, file, warn, m -> execute(new FillMaskChange(Messages.undoMaskImport, undo, session.fills(), m)));
    }

    /** Writes the active fill mask as an 8-bit grey PNG. */
    void exportFill(Path file, Consumer<Path> done) {
        Mask mask = session.fills().mask();
        Background.start(Messages.jobMaskExport, display, m -> SessionWork.exportMask(mask, file), done, failed);
    }

    private void readMask(String job, Path file, Consumer<String> warn, Consumer<Mask> use) {
        Background.start(job, display, m -> SessionWork.maskFile(session, file), imported -> {
            use.accept(imported.mask());
            if (imported.warning() != null) {
                warn.accept(imported.warning());
            }
        }, failed);
    }

    /**
     * Saves the result of the current settings, applying them first unless the last Apply used them. The variant
     * follows the disclosure rules of the markets chosen in the preferences. When the variant cannot be written, the
     * applied result is kept (undoable, unsaved) and the failure reported, so saving again after fixing the folder
     * does not render it again.
     */
    void saveVariant() {
        Retouched applied = session.applied();
        FillMasks.Applied fill = session.fills().fillOf(applied);
        if (fill != null) {
            Set<Market> markets = RetouchPreferences.markets();
            Background.start(Messages.jobSave, display, m -> SessionWork.saveFill(session, applied, fill, markets),
                    variant -> session.markSaved(applied, variant), failed);
            return;
        }
        Adjustments a = session.adjustments();
        SkinMap map = session.map();
        Mask fabric = session.fabric();
        Set<Market> markets = RetouchPreferences.markets();
        Retouched current = a.equals(session.appliedWith()) ? session.applied() : null;
        Background.start(Messages.jobSave, display, m -> {
            Retouched r = current != null ? current : SessionWork.apply(session, a, map, fabric, applied, m);
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
