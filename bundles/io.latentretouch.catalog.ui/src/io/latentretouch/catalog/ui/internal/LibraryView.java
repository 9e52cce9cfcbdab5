package io.latentretouch.catalog.ui.internal;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Filter;
import io.latentretouch.catalog.ui.internal.grid.ThumbnailCache;
import io.latentretouch.catalog.ui.internal.grid.ThumbnailGrid;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The catalog's Library: a filter bar over a grid of stacks; a drag takes the selected images to the canvas. The
 * filtering, reading and editing happen in {@link LibraryCells}, {@link LibraryActions} and the session.
 */
public final class LibraryView {

    /** The view's id. */
    public static final String ID = "io.latentretouch.catalog.ui.library";

    private Label status;
    private ThumbnailGrid grid;
    private LibraryCells cells;
    private FilterBar filters;
    private Display display;
    private int shown = -1;
    private final Runnable changed = () -> display.asyncExec(this::changed);

    @PostConstruct
    void create(Composite parent, IWorkbenchWindow window, ESelectionService selection) throws CatalogException {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filters = new FilterBar(parent, this::filter);
        cells = new LibraryCells(List.of(), display, this::redraw, this::failed);
        ThumbnailCache cache = new ThumbnailCache(display, CatalogSession.get().thumbnails(), sha -> grid.redrawHash(sha));
        grid = new ThumbnailGrid(parent, cells, cache, new LibraryActions(window, selection, this, this::failed));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        DragSource drag = new DragSource(grid.control(), DND.DROP_COPY);
        drag.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent e) {
                e.data = grid.selected().stream().map(c -> cells.key(c).file().toString()).toArray(String[]::new);
            }
        });
        CatalogSession.get().onChange(changed);
        filter(filters.filter());
    }

    private void filter(Filter filter) {
        status.setText(Messages.libraryReading);
        read(filter, this::show);
    }

    /**
     * Runs the filter on the reader and hands its stacks, and the catalog's opening they were read from, to the UI
     * thread; the filter bar is offered the catalog's recipes as they are now.
     */
    private void read(Filter filter, BiConsumer<Integer, List<Long>> then) {
        CatalogSession.get().reader().submit(() -> {
            try {
                int opening = CatalogSession.get().opening();
                Catalog catalog = CatalogSession.get().catalog();
                List<Long> stacks = catalog.stacks(filter);
                List<String> recipes = catalog.recipeNames();
                display.asyncExec(() -> {
                    if (!grid.control().isDisposed()) {
                        filters.recipes(recipes);
                        then.accept(opening, stacks);
                    }
                });
            } catch (CatalogException e) {
                failed(e);
            }
        });
    }

    private void show(int opening, List<Long> stacks) {
        shown = opening;
        cells = new LibraryCells(stacks, display, this::redraw, this::failed);
        grid.setCells(cells);
        status.setText(NLS.bind(Messages.libraryCount, stacks.size(), CatalogSession.get().describe()));
    }

    /**
     * After an edit, an import, a commit or another catalog: the filter run again. When the catalog is the one shown and
     * the stacks shown are still the first ones (new ones come last) they are read again in their places, the selection
     * and scroll position kept; otherwise (another catalog's ids name other stacks and roots) the grid starts over.
     */
    private void changed() {
        if (grid.control().isDisposed()) {
            return;
        }
        read(filters.filter(), (opening, stacks) -> {
            List<Long> before = cells.stacks();
            if (opening == shown && stacks.size() >= before.size() && stacks.subList(0, before.size()).equals(before)) {
                cells = cells.reread(stacks);
                grid.refresh(cells);
                status.setText(NLS.bind(Messages.libraryCount, stacks.size(), CatalogSession.get().describe()));
            } else {
                show(opening, stacks);
            }
        });
    }

    private void redraw() {
        if (!grid.control().isDisposed()) {
            grid.refresh(cells);
        }
    }

    /** Any thread. */
    private void failed(Exception e) {
        display.asyncExec(() -> {
            if (!status.isDisposed()) {
                status.setText(NLS.bind(Messages.libraryFailed, e.getMessage()));
            }
        });
    }

    void toggle(Cell cell) {
        if (cells.isExpanded(cell.stackId())) {
            cells.collapse(cell.stackId());
            grid.refresh(cells);
        } else {
            CatalogSession.get().reader().submit(() -> cells.readMembers(cell.stackId()));
        }
    }

    @Focus
    void focus() {
        grid.control().setFocus();
    }

    @PreDestroy
    void dispose() {
        CatalogSession.get().removeListener(changed);
    }

    /** The grid, for tests. */
    public ThumbnailGrid grid() {
        return grid;
    }

    LibraryCells cells() {
        return cells;
    }
}
