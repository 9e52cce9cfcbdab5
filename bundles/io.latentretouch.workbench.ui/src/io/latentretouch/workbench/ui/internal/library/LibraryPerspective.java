package io.latentretouch.workbench.ui.internal.library;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.latentretouch.workbench.ui.WorkbenchIds;

/** Folders on the left, the selected folder's assets filling the rest. */
public final class LibraryPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(WorkbenchIds.FOLDERS_VIEW, IPageLayout.LEFT, 0.25f, editors);
        layout.addView(WorkbenchIds.ASSETS_VIEW, IPageLayout.RIGHT, 0.25f, WorkbenchIds.FOLDERS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.FOLDERS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.ASSETS_VIEW);
    }
}
