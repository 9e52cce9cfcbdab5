package io.latentretouch.catalog.ui.internal.grid;

import io.latentretouch.assets.Cell;

/** What the grid shows, by position: the cell there, or null while it is still being read (a placeholder is drawn). */
public interface GridCells {

    int count();

    /** The cell at this position, or null when it is not read yet (reading it is then under way). */
    Cell at(int index);

    /** Where the cell's file is, for decoding its thumbnail. */
    ThumbnailCache.Key key(Cell cell);
}
