package io.latentretouch.catalog.ui.internal.grid;

import java.util.List;

import io.latentretouch.assets.Cell;

/** What the grid's keys and clicks ask of the Library (Lightroom's keys). */
public interface GridActions {

    /** 0 … 5, or -1 to reject (X). */
    void rate(List<Cell> cells, int rating);

    /** P: the cell (a member of an expanded stack) becomes its stack's pick. */
    void pick(Cell cell);

    /** S or a click on the badge: expands a collapsed stack, collapses an expanded one. */
    void toggleStack(Cell cell);

    /** Ctrl+G: the cells' stacks become one, the first's (its pick stays). */
    void stack(List<Cell> cells);

    /** Enter or a double-click: opens the cells' images in the Latent Retouch perspective. */
    void open(List<Cell> cells);

    /** Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y): the catalog edits' history. */
    void undo(boolean redo);

    /** The selection changed (the metadata view follows it). */
    void selected(List<Cell> cells);
}
