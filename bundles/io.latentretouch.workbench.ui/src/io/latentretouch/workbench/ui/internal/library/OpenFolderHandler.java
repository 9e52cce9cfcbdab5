package io.latentretouch.workbench.ui.internal.library;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.latentretouch.workbench.ui.internal.Messages;

/** File > Open Folder...: asks for a folder and makes it the Library's root. */
public final class OpenFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText(Messages.openFolderTitle);
        String chosen = dialog.open();
        if (chosen != null) {
            LibraryPreferences.setRoot(Path.of(chosen));
        }
        return null;
    }
}
