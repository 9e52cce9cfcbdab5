package io.latentretouch.retouch.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.latentretouch.retouch.ui.RetouchIds;

/** In the product's real window, the Latent Retouch perspective is contributed and switching to it works. */
class RetouchPerspectiveTest {

    @Test
    void switchingFromTheLibraryToLatentRetouchShowsTheModels() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("io.latentretouch.workbench.ui.library"));
        assertEquals("io.latentretouch.workbench.ui.library", page.getPerspective().getId());
        IPerspectiveDescriptor retouch = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(RetouchIds.PERSPECTIVE);
        assertNotNull(retouch, "Latent Retouch perspective is not contributed");
        assertEquals("Latent Retouch", retouch.getLabel());

        page.setPerspective(retouch);
        assertEquals(RetouchIds.PERSPECTIVE, page.getPerspective().getId());
        assertNotNull(page.findView(RetouchIds.MODELS_VIEW), "Models view is not shown");
        ModelsView models = (ModelsView) window.getService(EPartService.class).findPart(RetouchIds.MODELS_VIEW).getObject();
        waitFor(() -> models.table().getTable().getItemCount() > 0);
        assertTrue(models.engineText().startsWith("Models run on ONNX Runtime 1."), models.engineText());
        assertTrue(Arrays.stream(models.table().getTable().getItems()).map(TableItem::getText).anyMatch(t -> t.startsWith("lr.skin-detail@")),
                "the embedded skin detail model is listed");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}
