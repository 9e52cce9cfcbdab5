package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * The canvas editor: one image, its brush-refined skin mask and its applied result, with undo of strokes and applies
 * through the workbench's operation history. Save (Ctrl+S) writes a variant beside the original.
 */
public final class CanvasEditor extends EditorPart {

    /** The job family of all canvas work: opening, preparing views, applying, saving. */
    public static final Object JOBS = Background.FAMILY;

    private static final int UNDO_LIMIT = 50;

    private IUndoContext undo;
    private ImageCanvas canvas;
    private EditSession session;
    private SessionCommands commands;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput)) {
            throw new PartInitException(NLS.bind(Messages.editorNotAFile, input.getName()));
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        undo = new ObjectUndoContext(this, input.getName());
        OperationHistoryFactory.getOperationHistory().setLimit(undo, UNDO_LIMIT);
    }

    @Override
    public void createPartControl(Composite parent) {
        canvas = new ImageCanvas(parent);
        CanvasInput.attach(canvas, (painted, region, add) -> commands.stroked(painted, region, add),
                (faces, label) -> commands.faces(faces, label));
        FileDrops.accept(canvas, getSite().getWorkbenchWindow());
        new UndoRedoActionGroup(getSite(), undo, true).fillActionBars(getEditorSite().getActionBars());
        Path file = Path.of(((IPathEditorInput) getEditorInput()).getPath().toOSString());
        Background.start(NLS.bind(Messages.jobOpen, file.getFileName()), canvas.getDisplay(), m -> SessionWork.open(file, m), this::opened,
                canvas::showMessage);
    }

    private void opened(EditSession s) {
        if (canvas.isDisposed()) {
            return;
        }
        session = s;
        // what reading did that the retoucher should know: the first of several pages, a CMYK conversion, a turn upright
        getEditorSite().getActionBars().getStatusLineManager().setMessage(String.join("; ", s.source().notes()));
        commands = new SessionCommands(s, undo, canvas.getDisplay(), this::failed);
        canvas.show(s);
        ViewUpdates.attach(canvas);
        s.addListener(() -> firePropertyChange(PROP_DIRTY));
        firePropertyChange(PROP_INPUT);
    }

    /** The image being retouched, or null while it is read. */
    public EditSession session() {
        return session;
    }

    /** What the Inpainting panel does to this image, or null while it is read. */
    public FillCommands fillCommands() {
        return commands == null ? null : new FillCommands(commands, canvas);
    }

    /** The undo context of this image's strokes and applies. */
    public IUndoContext undoContext() {
        return undo;
    }

    /** The canvas control, for tests. */
    public Control canvas() {
        return canvas;
    }

    /** Whether the canvas shows a view of the image (not a message), for tests. */
    public boolean hasView() {
        return canvas.view() != null;
    }

    /** How image pixels map to the canvas's: zoom, then the offsets along x and y; for tests. */
    public double[] screenTransform() {
        Viewport v = canvas.viewport();
        return new double[] {v.zoom, v.offsetX, v.offsetY};
    }

    /**
     * Shows the latent preview of a generation started from this image over it, until called with null (the frame is
     * done, failed or was cancelled).
     */
    public void showGenerationPreview(PlanarImage preview) {
        if (!canvas.isDisposed()) {
            canvas.showGenerating(preview == null ? null : ScreenImages.fitted(canvas.getDisplay(), preview, Math.max(preview.width(), preview.height())));
        }
    }

    /** Whether a generation's latent preview is shown over the image, for tests. */
    public boolean showsGenerationPreview() {
        return canvas.generating();
    }

    /** Applies the panel's settings at full resolution in the background; undoable. */
    public void apply() {
        commands.apply();
        getSite().getPage().activate(this);
    }

    /** Takes the fabric region from a mask file, in the background; a warning is shown when its aspect differs. */
    public void importFabric(Path file) {
        commands.importFabric(file, w -> MessageDialog.openWarning(canvas.getShell(), getPartName(), w));
    }

    /** Writes the result of the panel's settings as a variant beside the original, applying them first if needed. */
    public void saveVariant() {
        commands.saveVariant();
    }

    private void failed(String message) {
        if (!canvas.isDisposed()) {
            MessageDialog.openError(canvas.getShell(), getPartName(), message);
        }
    }

    @Override
    public boolean isDirty() {
        return session != null && session.unsaved();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        saveVariant();
    }

    @Override
    public void doSaveAs() {
        saveVariant();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        OperationHistoryFactory.getOperationHistory().dispose(undo, true, true, true);
        super.dispose();
    }
}
