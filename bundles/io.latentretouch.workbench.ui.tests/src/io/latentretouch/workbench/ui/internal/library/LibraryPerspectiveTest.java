package io.latentretouch.workbench.ui.internal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.workbench.ui.WorkbenchIds;

/** The product's application starts in a real window on the Library, which browses folders. */
class LibraryPerspectiveTest {

    @TempDir
    Path library;

    @Test
    void startsOnTheLibraryWithBothViewsShown() {
        assertNotNull(Display.getCurrent(), "must run on the UI thread");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertEquals("Latent Retouch", window.getShell().getText());
        assertTrue(window.getShell().isVisible());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(WorkbenchIds.LIBRARY_PERSPECTIVE, page.getPerspective().getId());
        assertNotNull(page.findView(WorkbenchIds.FOLDERS_VIEW), "Folders view is not shown");
        assertNotNull(page.findView(WorkbenchIds.ASSETS_VIEW), "Assets view is not shown");
    }

    @Test
    void selectingAFolderListsItsImages() throws Exception {
        Path shoot = Files.createDirectories(library.resolve("shoot-01"));
        Files.write(shoot.resolve("look-1.jpg"), new byte[] {1});
        Files.write(shoot.resolve("look-2.TIF"), new byte[] {1});
        Files.write(shoot.resolve("notes.txt"), new byte[] {1});
        LibraryPreferences.setRoot(library);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(WorkbenchIds.FOLDERS_VIEW);
        page.showView(WorkbenchIds.ASSETS_VIEW);
        FolderView folders = part(WorkbenchIds.FOLDERS_VIEW, FolderView.class);
        AssetsView assets = part(WorkbenchIds.ASSETS_VIEW, AssetsView.class);
        UiDriver.until(() -> library.equals(folders.root()), 5000);

        page.activate(page.findView(WorkbenchIds.FOLDERS_VIEW));
        folders.viewer().setSelection(new StructuredSelection(shoot), true);
        UiDriver.until(() -> assets.table().getTable().getItemCount() == 2, 5000);
        assertEquals(List.of("look-1.jpg", "look-2.TIF"),
                List.of(assets.table().getTable().getItem(0).getText(0), assets.table().getTable().getItem(1).getText(0)));
    }

    /** The POJO behind an e4 view. */
    static <T> T part(String id, Class<T> type) {
        EPartService parts = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(EPartService.class);
        return type.cast(parts.findPart(id).getObject());
    }
}
