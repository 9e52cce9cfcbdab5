package io.latentretouch.retouch.ui.internal.panel;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;

import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.editor.EditSession;

/**
 * Keeps a panel bound to the page's current canvas: every change of its session, a canvas that finishes reading its
 * image, another canvas or none, each calls the panel's refresh.
 */
final class CanvasBinding {

    private final Runnable refresh;
    private CanvasEditor editor;
    private EditSession session;
    private final IPropertyListener loaded = (source, id) -> {
        if (id == IEditorPart.PROP_INPUT) {
            bind(editor);
        }
    };

    CanvasBinding(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Binds now and follows the page until the owner is disposed. */
    void track(IWorkbenchPage page, Control owner) {
        owner.addDisposeListener(e -> unbind());
        ActiveCanvas.track(page, owner, this::bind);
    }

    /** The current canvas, or null. */
    CanvasEditor editor() {
        return editor;
    }

    /** The current canvas's image, or null (none, or still being read). */
    EditSession session() {
        return session;
    }

    private void bind(CanvasEditor e) {
        unbind();
        editor = e;
        session = e == null ? null : e.session();
        if (editor != null) {
            editor.addPropertyListener(loaded);
        }
        if (session != null) {
            session.addListener(refresh);
        }
        refresh.run();
    }

    private void unbind() {
        if (editor != null) {
            editor.removePropertyListener(loaded);
        }
        if (session != null) {
            session.removeListener(refresh);
        }
    }
}
