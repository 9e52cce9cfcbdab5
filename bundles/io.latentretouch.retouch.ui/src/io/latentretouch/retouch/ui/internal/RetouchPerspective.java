package io.latentretouch.retouch.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.latentretouch.retouch.ui.RetouchIds;

/**
 * The canvas (editor area) in the middle, the Imperfection, Inpainting and Generation panels stacked on its right, the models
 * below it.
 */
public final class RetouchPerspective implements IPerspectiveFactory {

    private static final String PANELS = "io.latentretouch.retouch.ui.panels";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout panels = layout.createFolder(PANELS, IPageLayout.RIGHT, 0.72f, layout.getEditorArea());
        panels.addView(RetouchIds.PANEL_VIEW);
        panels.addView(RetouchIds.INPAINTING_VIEW);
        panels.addView(RetouchIds.GENERATION_VIEW);
        layout.addView(RetouchIds.MODELS_VIEW, IPageLayout.BOTTOM, 0.8f, layout.getEditorArea());
        layout.addShowViewShortcut(RetouchIds.PANEL_VIEW);
        layout.addShowViewShortcut(RetouchIds.INPAINTING_VIEW);
        layout.addShowViewShortcut(RetouchIds.GENERATION_VIEW);
        layout.addShowViewShortcut(RetouchIds.MODELS_VIEW);
        layout.addPerspectiveShortcut(RetouchIds.PERSPECTIVE);
    }
}
