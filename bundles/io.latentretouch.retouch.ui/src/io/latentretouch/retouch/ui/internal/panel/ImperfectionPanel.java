package io.latentretouch.retouch.ui.internal.panel;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;

import io.latentretouch.retouch.Recipes;
import jakarta.annotation.PostConstruct;

/** The Imperfection panel: binds its controls to the image of the current canvas. */
public final class ImperfectionPanel {

    private AdjustmentControls controls;
    private CanvasBinding canvas;

    @PostConstruct
    void create(Composite parent, IWorkbenchPage page) {
        controls = new AdjustmentControls(parent, Recipes.shipped());
        controls.onAdjust(a -> canvas.session().adjust(a));
        controls.onApply(() -> canvas.editor().apply());
        controls.onSave(() -> canvas.editor().saveVariant());
        controls.onImportFabric(() -> FabricImport.ask(parent.getShell()).ifPresent(f -> canvas.editor().importFabric(f)));
        canvas = new CanvasBinding(() -> controls.show(canvas.session()));
        canvas.track(page, parent);
    }

    /** The canvas's brush edits the skin again while this panel leads. */
    @Focus
    void focus() {
        if (canvas.session() != null) {
            canvas.session().fills().setEditing(false);
        }
        controls.setFocus();
    }

    /** The controls, for tests. */
    AdjustmentControls controls() {
        return controls;
    }
}
