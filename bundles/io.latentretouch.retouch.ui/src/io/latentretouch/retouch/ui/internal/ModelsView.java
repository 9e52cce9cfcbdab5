package io.latentretouch.retouch.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.models.ModelManager;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The models this installation has (family, task, origin, licence, size, hash, installed or shipped), the engine that
 * runs them and the model files it refused; models are installed and removed here.
 */
public final class ModelsView {

    private Label engine;
    private Label problems;
    private TableViewer table;
    private InferenceService service;
    private ModelRegistry registry;
    private ModelManager manager;
    private ModelActions actions;
    private Button remove;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        engine = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(engine);
        table = ModelTable.create(parent, m -> manager != null && manager.removable(m) ? Messages.modelsInstalled : Messages.modelsShipped,
                this::size);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        problems = new Label(parent, SWT.WRAP);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problems);
        buttons(parent);
        refresh();
    }

    /** Install File…, Install Folder…, Remove (installed models only: shipped ones can only be overridden), Refresh. */
    private void buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
        button(row, Messages.modelsInstallFile, () -> actions.installFile());
        button(row, Messages.modelsInstallFolder, () -> actions.installFolder());
        remove = button(row, Messages.modelsRemove, () -> actions.remove(selected()));
        button(row, Messages.modelsRefresh, () -> {
            registry.refresh();
            refresh();
        });
        table.addSelectionChangedListener(e -> enable());
    }

    private Button button(Composite row, String text, Runnable action) {
        Button b = new Button(row, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private String size(ModelDescriptor m) {
        try {
            return String.format(java.util.Locale.ROOT, "%.1f MB", registry.file(m).map(f -> f.bytes()).orElse(0L) / 1e6);
        } catch (io.latentretouch.inference.InferenceException e) {
            return e.code().name();
        }
    }

    private ModelDescriptor selected() {
        return (ModelDescriptor) table.getStructuredSelection().getFirstElement();
    }

    private void enable() {
        ModelDescriptor m = selected();
        remove.setEnabled(manager != null && m != null && manager.removable(m));
    }

    @Inject
    void engine(@Optional InferenceService service) {
        this.service = service;
        refresh();
    }

    @Inject
    void models(@Optional ModelRegistry registry) {
        this.registry = registry;
        refresh();
    }

    @Inject
    void manager(@Optional ModelManager manager) {
        this.manager = manager;
        refresh();
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        engine.setText(service == null ? Messages.modelsNoEngine : NLS.bind(Messages.modelsEngine, service.describe()));
        table.setInput(registry == null ? List.of() : registry.models());
        List<String> refused = registry == null ? List.of() : registry.problems();
        problems.setText(refused.isEmpty() ? "" : NLS.bind(Messages.modelsProblems, String.join("\n", refused)));
        actions = manager == null ? null : new ModelActions(manager, table.getControl().getShell(), this::refresh);
        for (Control c : remove.getParent().getChildren()) {
            c.setEnabled(actions != null && registry != null);
        }
        enable();
        engine.getParent().layout();
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    /** The models table, for tests. */
    public TableViewer table() {
        return table;
    }

    /** The Remove button, for tests. */
    Button removeButton() {
        return remove;
    }

    /** The actions, for tests. */
    ModelActions actions() {
        return actions;
    }

    /** The engine line, for tests. */
    public String engineText() {
        return engine.getText();
    }
}
