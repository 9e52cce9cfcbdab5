package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.latentretouch.retouch.ui.internal.Messages;

/** Asks for a fabric mask file: a grey or alpha image of any size, made in any tool. */
final class FabricImport {

    private static final String[] FILTER = {"*.png;*.tif;*.tiff;*.jpg;*.jpeg;*.PNG;*.TIF;*.TIFF;*.JPG;*.JPEG", "*"};

    private FabricImport() {
    }

    static Optional<Path> ask(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.fabricImportTitle);
        dialog.setFilterExtensions(FILTER);
        dialog.setFilterNames(new String[] {Messages.fabricImportFilter, Messages.openFilterAll});
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }
}
