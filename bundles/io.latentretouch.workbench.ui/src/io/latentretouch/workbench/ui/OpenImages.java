package io.latentretouch.workbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.latentretouch.workbench.ui.internal.Messages;

/** Opens images for retouching through the open-image command, which an installed perspective contributes. UI thread only. */
public final class OpenImages {

    private OpenImages() {
    }

    /** Opens each image; says once, clearly, when no installed bundle can open images. */
    public static void open(IWorkbenchWindow window, List<Path> images) {
        Command command = window.getService(ICommandService.class).getCommand(WorkbenchIds.OPEN_IMAGE_COMMAND);
        if (!command.isDefined()) {
            MessageDialog.openInformation(window.getShell(), Messages.openImageTitle, Messages.openImageNoEditor);
            return;
        }
        IHandlerService handlers = window.getService(IHandlerService.class);
        for (Path image : images) {
            try {
                handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(WorkbenchIds.OPEN_IMAGE_PATH, image.toString())), null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                MessageDialog.openError(window.getShell(), Messages.openImageTitle, NLS.bind(Messages.openImageFailed, image, e.getMessage()));
            }
        }
    }
}
