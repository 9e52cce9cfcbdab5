package io.latentretouch.retouch.ui.internal.panel;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;

import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.editor.EditSession;
import jakarta.annotation.PostConstruct;

/** The Imperfection panel: binds its controls to the image of the current canvas. */
public final class ImperfectionPanel {

    private AdjustmentControls controls;
    private CanvasEditor editor;
    private EditSession session;
    private final Runnable refresh = () -> controls.show(session);
    private final IPropertyListener loaded = (source, id) -> {
        if (id == IEditorPart.PROP_INPUT) {
            bind(editor);
        }
    };

    @PostConstruct
    void create(Composite parent, IWorkbenchPage page) {
        controls = new AdjustmentControls(parent, Recipes.shipped());
        controls.onAdjust(a -> session.adjust(a));
        controls.onApply(() -> editor.apply());
        controls.onSave(() -> editor.saveVariant());
        controls.onImportFabric(() -> FabricImport.ask(parent.getShell()).ifPresent(editor::importFabric));
        parent.addDisposeListener(e -> unbind());
        ActiveCanvas.track(page, parent, this::bind);
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
        controls.show(session);
    }

    private void unbind() {
        if (editor != null) {
            editor.removePropertyListener(loaded);
        }
        if (session != null) {
            session.removeListener(refresh);
        }
    }

    @Focus
    void focus() {
        controls.setFocus();
    }

    /** The controls, for tests. */
    AdjustmentControls controls() {
        return controls;
    }
}
