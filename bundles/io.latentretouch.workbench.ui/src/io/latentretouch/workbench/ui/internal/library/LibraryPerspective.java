package io.latentretouch.workbench.ui.internal.library;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.latentretouch.workbench.ui.WorkbenchIds;

/**
 * Folders on the left, the selected folder's assets filling the rest, in a stack that other features' views join (the
 * catalog's Library): a view added to a perspective outside a folder cannot be stacked with.
 */
public final class LibraryPerspective implements IPerspectiveFactory {

    private static final String MAIN_STACK = "io.latentretouch.workbench.ui.library.main";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(WorkbenchIds.FOLDERS_VIEW, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout main = layout.createFolder(MAIN_STACK, IPageLayout.RIGHT, 0.25f, WorkbenchIds.FOLDERS_VIEW);
        main.addView(WorkbenchIds.ASSETS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.FOLDERS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.ASSETS_VIEW);
    }
}
