package io.latentretouch.retouch.ui.internal.panel;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;

/** Follows which canvas the page shows: the one last activated, or none once it closes. */
final class ActiveCanvas implements IPartListener2 {

    private final Consumer<CanvasEditor> bind;
    private CanvasEditor current;

    private ActiveCanvas(Consumer<CanvasEditor> bind) {
        this.bind = bind;
    }

    /** Calls {@code bind} with the current canvas now and whenever another one (or none) becomes current. */
    static void track(IWorkbenchPage page, Control owner, Consumer<CanvasEditor> bind) {
        ActiveCanvas listener = new ActiveCanvas(bind);
        page.addPartListener(listener);
        owner.addDisposeListener(e -> page.removePartListener(listener));
        listener.current = page.getActiveEditor() instanceof CanvasEditor c ? c : null;
        bind.accept(listener.current);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        show(ref);
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        show(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (current != null && ref.getPart(false) == current) {
            current = null;
            bind.accept(null);
        }
    }

    private void show(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof CanvasEditor c && c != current) {
            current = c;
            bind.accept(c);
        }
    }
}
