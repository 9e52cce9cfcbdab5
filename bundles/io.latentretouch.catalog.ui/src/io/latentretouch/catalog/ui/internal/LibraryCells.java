package io.latentretouch.catalog.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.catalog.ui.internal.grid.GridCells;
import io.latentretouch.catalog.ui.internal.grid.ThumbnailCache;

/**
 * The filtered stacks as the grid's cells: their ids all known, their cells read a page at a time when first shown, an
 * expanded stack showing each member in its place. UI thread, but for the reads on the session's reader.
 */
final class LibraryCells implements GridCells {

    private static final int PAGE = 120;

    private final List<Long> stacks;
    private final Display display;
    private final Consumer<Exception> failed;
    private final Runnable arrived;
    private final Map<Integer, Cell> read = new ConcurrentHashMap<>();
    private final Set<Integer> reading = new HashSet<>();
    private final TreeMap<Integer, List<Cell>> expanded = new TreeMap<>();
    private final Map<Long, Path> roots = new ConcurrentHashMap<>();

    /** @param arrived called on the UI thread when a page of cells was read */
    LibraryCells(List<Long> stacks, Display display, Runnable arrived, Consumer<Exception> failed) {
        this.stacks = List.copyOf(stacks);
        this.display = display;
        this.arrived = arrived;
        this.failed = failed;
    }

    /**
     * These stacks, which begin with the ones shown (an import or a commit adds at the end), expanded as they are, all
     * read again.
     */
    LibraryCells reread(List<Long> now) {
        LibraryCells again = new LibraryCells(now, display, arrived, failed);
        again.roots.putAll(roots);
        again.expanded.putAll(expanded);
        for (int position : expanded.keySet()) {
            long stack = stacks.get(position);
            CatalogSession.get().reader().submit(() -> again.readMembers(stack));
        }
        return again;
    }

    /** Reads a stack's members and shows them expanded (on the reader). */
    void readMembers(long stackId) {
        try {
            Catalog catalog = CatalogSession.get().catalog();
            List<Cell> members = catalog.members(stackId);
            resolveRoots(catalog, members);
            display.asyncExec(() -> {
                expanded.put(position(stackId), List.copyOf(members));
                arrived.run();
            });
        } catch (CatalogException e) {
            display.asyncExec(() -> failed.accept(e));
        }
    }

    /** Reads the folders of the cells' roots not known yet (on the reader), so that {@link #key(Cell)} can resolve them. */
    private void resolveRoots(Catalog catalog, List<Cell> cells) throws CatalogException {
        for (Cell c : cells) {
            long root = c.file().rootId();
            if (!roots.containsKey(root)) {
                catalog.root(root).ifPresent(r -> roots.put(root, r.folder()));
            }
        }
    }

    /** The stacks' ids, in the grid's order. */
    List<Long> stacks() {
        return stacks;
    }

    @Override
    public int count() {
        int n = stacks.size();
        for (List<Cell> members : expanded.values()) {
            n += members.size() - 1;
        }
        return n;
    }

    @Override
    public Cell at(int index) {
        int offset = 0;
        for (Map.Entry<Integer, List<Cell>> e : expanded.entrySet()) {
            int start = e.getKey() + offset;
            if (index < start) {
                break;
            }
            if (index < start + e.getValue().size()) {
                return e.getValue().get(index - start);
            }
            offset += e.getValue().size() - 1;
        }
        return stackAt(index - offset);
    }

    private Cell stackAt(int position) {
        Cell cell = read.get(position);
        if (cell == null && reading.add(position / PAGE)) {
            int from = position / PAGE * PAGE;
            CatalogSession.get().reader().submit(() -> readPage(from));
        }
        return cell;
    }

    private void readPage(int from) {
        try {
            Catalog catalog = CatalogSession.get().catalog();
            List<Cell> cells = catalog.cells(stacks.subList(from, Math.min(stacks.size(), from + PAGE)));
            resolveRoots(catalog, cells);
            Map<Long, Cell> byStack = new HashMap<>();
            cells.forEach(c -> byStack.put(c.stackId(), c));
            for (int i = from; i < Math.min(stacks.size(), from + PAGE); i++) {
                Cell c = byStack.get(stacks.get(i));
                if (c != null) {
                    read.put(i, c);
                }
            }
            display.asyncExec(arrived);
        } catch (CatalogException e) {
            display.asyncExec(() -> failed.accept(e));
        }
    }

    /** Where in the stacks' order this stack is, or -1. */
    int position(long stackId) {
        return stacks.indexOf(stackId);
    }

    boolean isExpanded(long stackId) {
        return expanded.containsKey(position(stackId));
    }

    void collapse(long stackId) {
        expanded.remove(position(stackId));
    }

    @Override
    public ThumbnailCache.Key key(Cell cell) {
        Path root = roots.get(cell.file().rootId());
        return new ThumbnailCache.Key(cell.file().facts().sha256(), root == null ? Path.of(cell.file().path()) : root.resolve(cell.file().path()));
    }
}
