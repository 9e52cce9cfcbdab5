package io.latentretouch.catalog.ui.internal.grid;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import io.latentretouch.assets.Cell;

/**
 * The grid's keys, as Lightroom's Library: arrows (Shift extends), Home/End, Page Up/Down, 0 to 5 rate, X rejects, P
 * picks, S expands or collapses a stack, Ctrl+G stacks the selection, Enter opens, Ctrl+A selects all, Ctrl+Z /
 * Ctrl+Shift+Z (Ctrl+Y) undo and redo.
 */
final class GridKeys {

    private final ThumbnailGrid grid;
    private final GridActions actions;

    GridKeys(ThumbnailGrid grid, GridActions actions) {
        this.grid = grid;
        this.actions = actions;
    }

    void key(Event e) {
        boolean shift = (e.stateMask & SWT.MOD2) != 0;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        int columns = grid.columns();
        int page = columns * grid.rowsOnScreen();
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> grid.select(grid.focus() - 1, shift, false);
            case SWT.ARROW_RIGHT -> grid.select(grid.focus() + 1, shift, false);
            case SWT.ARROW_UP -> grid.select(grid.focus() - columns, shift, false);
            case SWT.ARROW_DOWN -> grid.select(grid.focus() + columns, shift, false);
            case SWT.PAGE_UP -> grid.select(grid.focus() - page, shift, false);
            case SWT.PAGE_DOWN -> grid.select(grid.focus() + page, shift, false);
            case SWT.HOME -> grid.select(0, shift, false);
            case SWT.END -> grid.select(grid.cells().count() - 1, shift, false);
            case SWT.CR, SWT.KEYPAD_CR -> actions.open(grid.selected());
            default -> character(Character.toLowerCase(e.character == 0 ? (char) e.keyCode : e.character), ctrl, shift);
        }
    }

    private void character(char c, boolean ctrl, boolean shift) {
        List<Cell> selected = grid.selected();
        if (ctrl) {
            // with Ctrl, SWT gives the control character: the key code is the letter
            switch (c) {
                case 'a', 1 -> grid.selectAll();
                case 'g', 7 -> {
                    if (selected.size() > 1) {
                        actions.stack(selected);
                    }
                }
                case 'z', 26 -> actions.undo(shift);
                case 'y', 25 -> actions.undo(true);
                default -> { }
            }
            return;
        }
        if (c >= '0' && c <= '5' && !selected.isEmpty()) {
            actions.rate(selected, c - '0');
        } else if (c == 'x' && !selected.isEmpty()) {
            actions.rate(selected, -1);
        } else if (c == 'p' && selected.size() == 1) {
            actions.pick(selected.get(0));
        } else if (c == 's' && selected.size() == 1) {
            actions.toggleStack(selected.get(0));
        }
    }
}
