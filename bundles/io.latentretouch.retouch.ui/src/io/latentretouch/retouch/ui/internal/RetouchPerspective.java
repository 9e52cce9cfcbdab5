package io.latentretouch.retouch.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.latentretouch.retouch.ui.RetouchIds;

/** The canvas (editor area) in the middle, the Imperfection panel on its right, the models below it. */
public final class RetouchPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(RetouchIds.PANEL_VIEW, IPageLayout.RIGHT, 0.72f, layout.getEditorArea());
        layout.addView(RetouchIds.MODELS_VIEW, IPageLayout.BOTTOM, 0.8f, layout.getEditorArea());
        layout.addShowViewShortcut(RetouchIds.PANEL_VIEW);
        layout.addShowViewShortcut(RetouchIds.MODELS_VIEW);
        layout.addPerspectiveShortcut(RetouchIds.PERSPECTIVE);
    }
}
