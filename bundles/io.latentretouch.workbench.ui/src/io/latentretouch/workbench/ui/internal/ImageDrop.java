package io.latentretouch.workbench.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.ui.IWorkbenchWindow;

import io.latentretouch.workbench.ui.OpenImages;

/** Files dropped on the editor area open for retouching. */
final class ImageDrop extends DropTargetAdapter {

    private final IWorkbenchWindow window;

    ImageDrop(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent e) {
        e.detail = DND.DROP_COPY;
    }

    @Override
    public void drop(DropTargetEvent e) {
        if (e.data instanceof String[] files) {
            OpenImages.open(window, Arrays.stream(files).map(Path::of).toList());
        }
    }
}
