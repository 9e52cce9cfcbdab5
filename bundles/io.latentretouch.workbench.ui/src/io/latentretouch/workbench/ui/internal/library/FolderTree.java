package io.latentretouch.workbench.ui.internal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * Sub-folders of a folder, hidden ones left out, sorted by name; listed lazily as the tree expands. The input is a
 * {@link Root}, never the root folder itself: a viewer treats an element equal to its input as the input.
 */
final class FolderTree implements ITreeContentProvider {

    /** The viewer input: the folder shown as the tree's single top element. */
    record Root(Path folder) {
    }

    private Root root;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        root = (Root) newInput;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Root r ? new Object[] {r.folder()} : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        try (Stream<Path> children = Files.list((Path) parent)) {
            return children.filter(FolderTree::visibleFolder).sorted(Comparator.comparing(p -> p.getFileName().toString().toLowerCase()))
                    .toArray();
        } catch (IOException | SecurityException e) {
            return new Object[0];
        }
    }

    @Override
    public Object getParent(Object element) {
        return root != null && root.folder().equals(element) ? root : ((Path) element).getParent();
    }

    @Override
    public boolean hasChildren(Object element) {
        try (Stream<Path> children = Files.list((Path) element)) {
            return children.anyMatch(FolderTree::visibleFolder);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static boolean visibleFolder(Path p) {
        return Files.isDirectory(p) && !p.getFileName().toString().startsWith(".");
    }
}
