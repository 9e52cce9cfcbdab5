package io.latentretouch.catalog.ui.internal.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.latentretouch.assets.Cell;

/**
 * A virtual thumbnail grid of our own: only the rows on screen are painted, cells are read and thumbnails decoded
 * lazily, the decodes of cells scrolled away are cancelled and about a screen ahead is prefetched. Selection with
 * click, Ctrl+click, Shift+click and the arrows; the rest of the keys are {@link GridKeys}'. UI thread only.
 */
public final class ThumbnailGrid {

    static final int CELL_WIDTH = 184;
    static final int CELL_HEIGHT = 212;

    private final Canvas canvas;
    private final ThumbnailCache cache;
    private final GridActions actions;
    private final CellPainter painter;
    private final TreeSet<Integer> selection = new TreeSet<>();
    private List<Cell> announced = List.of();
    private GridCells cells;
    private int focus;
    private int anchor;

    public ThumbnailGrid(Composite parent, GridCells cells, ThumbnailCache cache, GridActions actions) {
        this.canvas = new Canvas(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.cells = cells;
        this.cache = cache;
        this.actions = actions;
        this.painter = new CellPainter(canvas.getDisplay());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> layout());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseDoubleClick, e -> actions.open(selected()));
        GridKeys keys = new GridKeys(this, actions);
        canvas.addListener(SWT.KeyDown, keys::key);
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN && e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
        canvas.addListener(SWT.MouseVerticalWheel, e -> scrollBy(-e.count * CELL_HEIGHT / 3));
        canvas.addListener(SWT.Dispose, e -> {
            painter.dispose();
            cache.dispose();
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows other cells (a new filter, an import): the selection is cleared, the top shown. */
    public void setCells(GridCells cells) {
        this.cells = cells;
        selection.clear();
        focus = 0;
        anchor = 0;
        canvas.getVerticalBar().setSelection(0);
        layout();
        announce();
    }

    /**
     * The same cells read again (an edit, a commit, a stack expanded): selection and scroll position stay; when other
     * cells now sit at the selected places, the new selection is announced.
     */
    public void refresh(GridCells cells) {
        this.cells = cells;
        selection.removeIf(i -> i >= cells.count());
        layout();
        announce();
    }

    /** Tells the actions what is selected, when it is not what they were told last and every selected cell is read. */
    private void announce() {
        List<Cell> now = selected();
        if (now.size() == selection.size() && !now.equals(announced)) {
            announced = now;
            actions.selected(now);
        }
    }

    public GridCells cells() {
        return cells;
    }

    int columns() {
        return Math.max(1, canvas.getClientArea().width / CELL_WIDTH);
    }

    int rowsOnScreen() {
        return Math.max(1, canvas.getClientArea().height / CELL_HEIGHT);
    }

    private void layout() {
        ScrollBar bar = canvas.getVerticalBar();
        int rows = (cells.count() + columns() - 1) / columns();
        int height = Math.max(1, canvas.getClientArea().height);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, rows * CELL_HEIGHT - height)), 0, Math.max(rows * CELL_HEIGHT, 1), height,
                CELL_HEIGHT / 4, height);
        cache.capacity(3 * columns() * (rowsOnScreen() + 1));
        canvas.redraw();
    }

    /** The first pixel row shown. */
    public int top() {
        return canvas.getVerticalBar().getSelection();
    }

    /** Scrolls so that this pixel row is at the top (clamped), and repaints. */
    public void scrollTo(int y) {
        ScrollBar bar = canvas.getVerticalBar();
        bar.setSelection(Math.max(0, Math.min(y, bar.getMaximum() - bar.getThumb())));
        canvas.redraw();
    }

    private void scrollBy(int dy) {
        scrollTo(top() + dy);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(painter.background());
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        int columns = columns();
        int firstRow = top() / CELL_HEIGHT;
        int lastRow = (top() + canvas.getClientArea().height) / CELL_HEIGHT;
        Set<String> wanted = new HashSet<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (int col = 0; col < columns; col++) {
                int index = row * columns + col;
                if (index >= cells.count()) {
                    break;
                }
                Cell cell = cells.at(index);
                if (cell != null) {
                    // on screen, so wanted even when this paint redraws only another cell
                    wanted.add(cell.file().facts().sha256());
                }
                Rectangle r = bounds(index);
                if (!r.intersects(e.x, e.y, e.width, e.height)) {
                    continue;
                }
                Image image = cell == null ? null : cache.get(cells.key(cell));
                painter.paint(gc, r, cell, image, cache, selection.contains(index), index == focus && canvas.isFocusControl());
            }
        }
        prefetch(lastRow + 1, columns, wanted);
    }

    /** Starts the decodes of the screen below the last row shown, and cancels those of cells out of reach. */
    private void prefetch(int fromRow, int columns, Set<String> wanted) {
        int end = Math.min(cells.count(), (fromRow + rowsOnScreen() + 1) * columns);
        for (int i = fromRow * columns; i < end; i++) {
            Cell cell = cells.at(i);
            if (cell != null) {
                wanted.add(cell.file().facts().sha256());
                cache.get(cells.key(cell));
            }
        }
        cache.retain(wanted);
    }

    /**
     * Whether the screen is complete: every cell wholly or partly on it read, and its thumbnail held (or known to be
     * unreadable or offline), so that the next paint draws no placeholder.
     */
    public boolean screenComplete() {
        int columns = columns();
        int end = Math.min(cells.count(), ((top() + canvas.getClientArea().height) / CELL_HEIGHT + 1) * columns);
        for (int i = top() / CELL_HEIGHT * columns; i < end; i++) {
            Cell cell = cells.at(i);
            if (cell == null) {
                return false;
            }
            String sha = cell.file().facts().sha256();
            if (!cache.holds(sha) && !cache.unreadable(sha)) {
                return false;
            }
        }
        return true;
    }

    /** Where a cell is drawn, in the canvas's coordinates. */
    Rectangle bounds(int index) {
        int columns = columns();
        return new Rectangle(index % columns * CELL_WIDTH, index / columns * CELL_HEIGHT - top(), CELL_WIDTH, CELL_HEIGHT);
    }

    /** Repaints the cells on screen showing these bytes (their thumbnail arrived). */
    public void redrawHash(String sha256) {
        int columns = columns();
        int first = top() / CELL_HEIGHT * columns;
        int last = Math.min(cells.count() - 1, ((top() + canvas.getClientArea().height) / CELL_HEIGHT + 1) * columns);
        for (int i = first; i <= last; i++) {
            Cell cell = cells.at(i);
            if (cell != null && cell.file().facts().sha256().equals(sha256)) {
                Rectangle r = bounds(i);
                canvas.redraw(r.x, r.y, r.width, r.height, false);
            }
        }
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        int col = e.x / CELL_WIDTH;
        int index = (e.y + top()) / CELL_HEIGHT * columns() + col;
        if (col >= columns() || index >= cells.count()) {
            return;
        }
        Rectangle r = bounds(index);
        Cell cell = cells.at(index);
        if (cell != null && cell.members() > 1 && CellPainter.badge(r).contains(e.x, e.y)) {
            actions.toggleStack(cell);
            return;
        }
        select(index, (e.stateMask & SWT.MOD2) != 0, (e.stateMask & SWT.MOD1) != 0);
    }

    /** Moves the focus to a cell and selects it (extending from the anchor, or toggling it); scrolls it into view. */
    void select(int index, boolean extend, boolean toggle) {
        int i = Math.max(0, Math.min(index, cells.count() - 1));
        if (extend) {
            selection.clear();
            for (int k = Math.min(anchor, i); k <= Math.max(anchor, i); k++) {
                selection.add(k);
            }
        } else if (toggle) {
            if (!selection.remove(i)) {
                selection.add(i);
            }
            anchor = i;
        } else {
            selection.clear();
            selection.add(i);
            anchor = i;
        }
        focus = i;
        reveal(i);
        canvas.redraw();
        announce();
    }

    void selectAll() {
        for (int i = 0; i < cells.count(); i++) {
            selection.add(i);
        }
        canvas.redraw();
        announce();
    }

    private void reveal(int index) {
        Rectangle r = bounds(index);
        if (r.y < 0) {
            scrollBy(r.y);
        } else if (r.y + r.height > canvas.getClientArea().height) {
            scrollBy(r.y + r.height - canvas.getClientArea().height);
        }
    }

    int focus() {
        return focus;
    }

    /** The thumbnails, for tests. */
    public ThumbnailCache cache() {
        return cache;
    }

    /** The selected cells that are read, in order. */
    public List<Cell> selected() {
        List<Cell> out = new ArrayList<>();
        for (int i : selection) {
            Cell cell = i < cells.count() ? cells.at(i) : null;
            if (cell != null) {
                out.add(cell);
            }
        }
        return out;
    }
}
