package io.latentretouch.catalog.ui.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.jobs.Picks;

/**
 * A librarian's edit of the catalog (a rating, a pick) as an undoable operation: it keeps what each asset or stack had
 * before, and undo puts that back. The statements run on the session's reader, off the UI thread; the views are told
 * when they are done, and a failure is reported through {@code failed}. Renders are never operations: a variant is
 * superseded, not undone.
 */
final class CatalogEdit extends AbstractOperation {

    /** One catalog change, done or undone by a value. */
    interface Change {
        void apply(Catalog catalog, long id, long value) throws CatalogException, IOException;
    }

    private final Change change;
    private final Map<Long, Long> before;
    private final Map<Long, Long> after;
    private final Consumer<Exception> failed;

    private CatalogEdit(String label, IUndoContext context, Change change, Map<Long, Long> before, Map<Long, Long> after,
            Consumer<Exception> failed) {
        super(label);
        addContext(context);
        this.change = change;
        this.before = before;
        this.after = after;
        this.failed = failed;
    }

    /** Rates the cells' assets (-1 rejects). */
    static CatalogEdit rate(List<Cell> cells, int rating, IUndoContext context, Consumer<Exception> failed) {
        Map<Long, Long> before = new LinkedHashMap<>();
        Map<Long, Long> after = new LinkedHashMap<>();
        for (Cell c : cells) {
            Asset a = c.pick();
            before.put(a.id(), (long) a.rating());
            after.put(a.id(), (long) rating);
        }
        String label = rating < 0 ? Messages.editReject : rating == 0 ? Messages.editUnrate : Messages.bind(Messages.editRate, rating);
        return new CatalogEdit(label, context, (catalog, id, value) -> catalog.rate(id, (int) value), before, after, failed);
    }

    /** Makes an expanded stack's member its pick, recorded beside its variants ({@link Picks}). @param previous the pick it had */
    static CatalogEdit pick(Cell member, long previous, IUndoContext context, Consumer<Exception> failed) {
        return new CatalogEdit(Messages.editPick, context, Picks::pick, Map.of(member.stackId(), previous),
                Map.of(member.stackId(), member.pick().id()), failed);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return run(after);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return run(after);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return run(before);
    }

    private IStatus run(Map<Long, Long> values) {
        CatalogSession.get().edit(catalog -> {
            for (Map.Entry<Long, Long> e : values.entrySet()) {
                change.apply(catalog, e.getKey(), e.getValue());
            }
        }, failed);
        return Status.OK_STATUS;
    }
}
