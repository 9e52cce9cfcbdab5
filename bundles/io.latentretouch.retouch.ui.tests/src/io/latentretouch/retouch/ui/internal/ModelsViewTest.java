package io.latentretouch.retouch.ui.internal;

import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.ModelInstallation;
import io.latentretouch.retouch.ui.RetouchIds;

/**
 * The Models view as a model manager in the real window: the install dialog asks for the licence and source before OK
 * is possible; an installed BlazeFace (a real trained model) shows with its family, size and "installed", the shipped
 * ones as "shipped" without Remove; Remove takes it away again.
 */
class ModelsViewTest {

    @TempDir
    Path dir;

    @Test
    void installShowsTheModelAsInstalledAndRemoveTakesItAway() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.showView(RetouchIds.MODELS_VIEW);
        ModelsView view = (ModelsView) window.getService(EPartService.class).findPart(RetouchIds.MODELS_VIEW).getObject();
        waitFor(() -> view.actions() != null && view.table().getTable().getItemCount() > 0, "the models are listed");
        ModelRegistry registry = io.latentretouch.retouch.ui.internal.Services.get(ModelRegistry.class);
        ModelDescriptor shipped = registry.forTask(Task.FACE_DETECTION).get(0);
        ByteBuffer bytes = registry.read(shipped);
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        Path file = Files.write(dir.resolve("face detector.onnx"), copy);

        InstallModelDialog dialog = new InstallModelDialog(window.getShell(), file);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals("face-detector", dialog.id.getText(), "the id is proposed from the file name");
        assertFalse(dialog.getButtonForTests(IDialogConstants.OK_ID).isEnabled(), "no licence yet");
        dialog.licence.setText("Apache-2.0");
        dialog.from.setText("MediaPipe BlazeFace");
        assertTrue(dialog.getButtonForTests(IDialogConstants.OK_ID).isEnabled());
        dialog.close();

        view.table().setSelection(new StructuredSelection(shipped));
        assertFalse(view.removeButton().isEnabled(), "a shipped model cannot be removed");
        view.actions().install(file, new ModelInstallation("studio.face", "2", "Apache-2.0", "MediaPipe BlazeFace", Origin.TRAINED, Map.of()))
                .join();
        waitFor(() -> row("studio.face@2") != null, "the installed model is listed");
        String[] cells = cells(row("studio.face@2"));
        assertEquals(Arrays.asList("studio.face@2", "face-detection", "blazeface", "trained", "Apache-2.0"), Arrays.asList(cells).subList(0, 5));
        assertTrue(cells[5].endsWith(" MB") && cells[7].equals("installed"), Arrays.toString(cells));
        assertEquals("shipped", cells(row(shipped.reference()))[7]);

        ModelDescriptor installed = registry.require("studio.face");
        view.table().setSelection(new StructuredSelection(installed));
        assertTrue(view.removeButton().isEnabled());
        view.actions().removeNow(installed).join();
        waitFor(() -> row("studio.face@2") == null, "the removed model is gone");
        assertNotNull(row(shipped.reference()));
    }

    private static TableItem row(String reference) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ModelsView view = (ModelsView) window.getService(EPartService.class).findPart(RetouchIds.MODELS_VIEW).getObject();
        return Arrays.stream(view.table().getTable().getItems()).filter(i -> i.getText(0).equals(reference)).findFirst().orElse(null);
    }

    private static String[] cells(TableItem item) {
        String[] cells = new String[item.getParent().getColumnCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = item.getText(i);
        }
        return cells;
    }
}
