package io.latentretouch.catalog.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Library's metadata view: follows the catalog grid's selection and shows the selected asset's facts, its
 * disclosure (IPTC digital source type, AI marking, market labels) and provenance (recipe, seed, models, source);
 * Regenerate makes a new variant of the selection in the same stack.
 */
public final class MetadataView {

    private final ISelectionListener follow = (MPart part, Object selection) -> {
        if (selection instanceof IStructuredSelection s) {
            show(s.toList().stream().filter(Cell.class::isInstance).map(Cell.class::cast).toList());
        }
    };
    private ESelectionService selection;
    private Display display;
    private Table table;
    private Label status;
    private Button regenerate;
    private Font bold;
    private List<Cell> cells = List.of();
    private AssetDetails details;

    @PostConstruct
    void create(Composite parent, ESelectionService selectionService) {
        selection = selectionService;
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        table = new Table(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        for (String title : new String[] {Messages.detailsField, Messages.detailsValue}) {
            new TableColumn(table, SWT.NONE).setText(title);
        }
        table.getColumn(0).setWidth(150);
        table.getColumn(1).setWidth(420);
        // the values take what the fields leave: hashes and paths are long
        table.addListener(SWT.Resize, e -> table.getColumn(1).setWidth(Math.max(200, table.getClientArea().width - table.getColumn(0).getWidth())));
        bold = new Font(display, FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD).getFontData());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        status = new Label(bar, SWT.WRAP);
        status.setText(Messages.detailsNothing);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(status);
        regenerate = new Button(bar, SWT.PUSH);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(regenerate);
        regenerate.setText(Messages.regenerateButton);
        regenerate.setEnabled(false);
        regenerate.addListener(SWT.Selection, e -> regenerate());
        selection.addSelectionListener(LibraryView.ID, follow);
    }

    /** Shows the first of the selected cells, and how many are selected. UI thread. */
    void show(List<Cell> selected) {
        cells = List.copyOf(selected);
        regenerate.setEnabled(!cells.isEmpty());
        if (cells.isEmpty()) {
            details = null;
            table.removeAll();
            status.setText(Messages.detailsNothing);
            return;
        }
        Cell first = cells.get(0);
        status.setText(cells.size() == 1 ? Messages.libraryReading : NLS.bind(Messages.detailsSelected, cells.size()));
        CatalogSession.get().reader().submit(() -> {
            try {
                AssetDetails read = AssetDetails.read(CatalogSession.get().catalog(), first);
                display.asyncExec(() -> fill(read));
            } catch (CatalogException | RuntimeException e) {
                display.asyncExec(() -> status.setText(NLS.bind(Messages.libraryFailed, e.getMessage())));
            }
        });
    }

    private void fill(AssetDetails read) {
        if (table.isDisposed() || cells.isEmpty() || !cells.get(0).equals(read.cell())) {
            return;
        }
        details = read;
        table.setRedraw(false);
        table.removeAll();
        String group = null;
        for (AssetDetails.Row row : read.rows()) {
            if (!row.group().equals(group)) {
                group = row.group();
                TableItem header = new TableItem(table, SWT.NONE);
                header.setText(0, group);
                header.setFont(bold);
            }
            new TableItem(table, SWT.NONE).setText(new String[] {row.field(), row.value()});
        }
        table.setRedraw(true);
        status.setText(cells.size() == 1 ? read.cell().pick().name() : NLS.bind(Messages.detailsSelected, cells.size()));
    }

    /** Asks for the recipe, seed and pick, then regenerates the selected stacks' originals in the background. */
    void regenerate() {
        if (details == null) {
            return;
        }
        RegenerateDialog dialog = new RegenerateDialog(table.getShell(), cells.size(), details.made());
        if (dialog.open() == Window.OK) {
            submit(dialog.request());
        }
    }

    /** Schedules the regenerate of the selected stacks' originals (each once). @return the job, scheduled on the reader */
    CompletableFuture<RegenerateJob> submit(RegenerateDialog.Request r) {
        List<Cell> chosen = cells;
        return CompletableFuture.supplyAsync(() -> {
            try {
                Set<Long> originals = new LinkedHashSet<>();
                for (Cell c : chosen) {
                    originals.add(CatalogSession.get().catalog().stackOf(c.pick().id()).members().get(0));
                }
                RegenerateJob job = new RegenerateJob(List.copyOf(originals), r.recipe(), r.seed(), r.pick());
                job.schedule();
                return job;
            } catch (CatalogException e) {
                display.asyncExec(() -> status.setText(NLS.bind(Messages.libraryFailed, e.getMessage())));
                throw new CompletionException(e);
            }
        }, CatalogSession.get().reader());
    }

    /** The rows shown, as field and value, for tests. */
    List<String[]> rows() {
        return Arrays.stream(table.getItems()).map(i -> new String[] {i.getText(0), i.getText(1)}).toList();
    }

    @Focus
    void focus() {
        table.setFocus();
    }

    @PreDestroy
    void dispose() {
        selection.removeSelectionListener(LibraryView.ID, follow);
        bold.dispose();
    }
}
