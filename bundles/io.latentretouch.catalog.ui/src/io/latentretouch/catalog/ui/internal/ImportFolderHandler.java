package io.latentretouch.catalog.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Folder into Catalog...: asks for a folder and imports it in the background. */
public final class ImportFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
        dialog.setText(Messages.importTitle);
        dialog.setMessage(Messages.importMessage);
        String chosen = dialog.open();
        if (chosen != null) {
            new ImportJob(Path.of(chosen)).schedule();
        }
        return null;
    }
}
