package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * File ▸ Open Image… (and the Library's double-click, drops, files on the command line): opens the image in the
 * canvas, in the Latent Retouch perspective. With the path parameter it opens that file, without it asks for one.
 */
public final class OpenImage extends AbstractHandler {

    private static final String[] FILTER = {"*.jpg;*.jpeg;*.png;*.tif;*.tiff;*.psd;*.webp;*.JPG;*.JPEG;*.PNG;*.TIF;*.TIFF;*.PSD;*.WEBP", "*"};

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String path = event.getParameter(RetouchIds.OPEN_IMAGE_PATH);
        if (path == null) {
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
            dialog.setText(Messages.openTitle);
            dialog.setFilterExtensions(FILTER);
            dialog.setFilterNames(new String[] {Messages.openFilterImages, Messages.openFilterAll});
            path = dialog.open();
        }
        if (path != null) {
            open(window, Path.of(path));
        }
        return null;
    }

    /** Opens the image in the canvas, switching to the Latent Retouch perspective. */
    public static void open(IWorkbenchWindow window, Path file) {
        try {
            window.getWorkbench().showPerspective(RetouchIds.PERSPECTIVE, window);
            window.getActivePage().openEditor(new ImageEditorInput(file), RetouchIds.CANVAS_EDITOR);
        } catch (WorkbenchException e) {
            MessageDialog.openError(window.getShell(), Messages.openTitle, NLS.bind(Messages.openFailed, file, e.getMessage()));
        }
    }
}
