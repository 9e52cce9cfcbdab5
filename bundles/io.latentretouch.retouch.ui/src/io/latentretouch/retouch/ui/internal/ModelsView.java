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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The models this installation has, the engine that runs them and the model files it refused. */
public final class ModelsView {

    private Label engine;
    private Label problems;
    private TableViewer table;
    private InferenceService service;
    private ModelRegistry registry;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        engine = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(engine);
        table = ModelTable.create(parent);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        problems = new Label(parent, SWT.WRAP);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problems);
        refresh();
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

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        engine.setText(service == null ? Messages.modelsNoEngine : NLS.bind(Messages.modelsEngine, service.describe()));
        table.setInput(registry == null ? List.of() : registry.models());
        List<String> refused = registry == null ? List.of() : registry.problems();
        problems.setText(refused.isEmpty() ? "" : NLS.bind(Messages.modelsProblems, String.join("\n", refused)));
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

    /** The engine line, for tests. */
    public String engineText() {
        return engine.getText();
    }
}
