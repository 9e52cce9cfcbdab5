package io.latentretouch.retouch.ui.internal.preferences;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.latentretouch.inference.InferenceService;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.preferences.EngineConfiguration.Key;

/**
 * Window > Preferences > Latent Retouch > Inference Engine: threads, execution provider, memory and the models folder,
 * stored in Configuration Admin (the settings a headless host reads from its conf folder); OK restarts the engine
 * with them. An empty field means the engine's default.
 */
public final class EnginePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The provider combo's values, in its order. */
    private static final String[] PROVIDERS = {"auto", "cpu", "cuda"};

    private final Map<Key, Text> texts = new EnumMap<>(Key.class);
    private Combo provider;
    private Optional<EngineConfiguration> configuration = Optional.empty();

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.engineDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        configuration = EngineConfiguration.open();
        if (configuration.isEmpty()) {
            new Label(page, SWT.WRAP).setText(Messages.engineNoConfigurationAdmin);
            return page;
        }
        number(page, Key.INTRA_OP_THREADS, Messages.engineIntraOp, Messages.engineIntraOpHint);
        number(page, Key.INTER_OP_THREADS, Messages.engineInterOp, Messages.engineInterOpHint);
        new Label(page, SWT.NONE).setText(Messages.engineProvider);
        provider = new Combo(page, SWT.READ_ONLY);
        provider.setItems(Messages.engineProviderAuto, Messages.engineProviderCpu, Messages.engineProviderCuda);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(provider);
        number(page, Key.SESSION_CACHE, Messages.engineCache, Messages.engineCacheHint);
        number(page, Key.TENSOR_BUDGET, Messages.engineBudget, Messages.engineBudgetHint);
        new Label(page, SWT.NONE).setText(Messages.engineModels);
        Text models = text(page, Key.MODELS_FOLDER, Messages.engineModelsHint);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.engineBrowse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(models.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                models.setText(chosen);
            }
        });
        Label now = new Label(page, SWT.WRAP);
        now.setText(NLS.bind(Messages.engineNow, engine()));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 12).applyTo(now);
        load();
        return page;
    }

    private void number(Composite page, Key key, String label, String hint) {
        new Label(page, SWT.NONE).setText(label);
        text(page, key, hint).addListener(SWT.Modify, e -> validate());
        new Label(page, SWT.NONE);
    }

    private Text text(Composite page, Key key, String hint) {
        Text t = new Text(page, SWT.BORDER);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
        texts.put(key, t);
        return t;
    }

    private void load() {
        try {
            for (Map.Entry<Key, Text> e : texts.entrySet()) {
                e.getValue().setText(configuration.get().get(e.getKey()));
            }
            int index = Arrays.asList(PROVIDERS).indexOf(configuration.get().get(Key.EXECUTION_PROVIDER).toLowerCase(Locale.ROOT));
            provider.select(Math.max(index, 0));
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.engineUnreadable, e.getMessage()));
        }
    }

    /** Every number field holds a whole number of at least 0 or nothing. */
    private void validate() {
        String problem = null;
        for (Map.Entry<Key, Text> e : texts.entrySet()) {
            String v = e.getValue().getText().strip();
            if (e.getKey().whole && !v.isEmpty() && !v.matches("\\d{1,9}")) {
                problem = NLS.bind(Messages.engineNotANumber, v);
            }
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    protected void performDefaults() {
        texts.values().forEach(t -> t.setText(""));
        if (provider != null) {
            provider.select(0);
        }
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (configuration.isEmpty()) {
            return true;
        }
        Map<Key, String> values = new EnumMap<>(Key.class);
        texts.forEach((key, text) -> values.put(key, text.getText()));
        // auto is the engine's default: stored as no value, like the empty fields
        values.put(Key.EXECUTION_PROVIDER, provider.getSelectionIndex() <= 0 ? "" : PROVIDERS[provider.getSelectionIndex()]);
        try {
            configuration.get().set(values);
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.engineNotStored, e.getMessage()));
            return false;
        }
    }

    /** The engine's own description, without waiting for it. */
    private static String engine() {
        var context = FrameworkUtil.getBundle(EnginePreferencePage.class).getBundleContext();
        ServiceReference<InferenceService> ref = context.getServiceReference(InferenceService.class);
        InferenceService service = ref == null ? null : context.getService(ref);
        return service == null ? Messages.modelsNoEngine : service.describe();
    }

    /** The field of a setting, for the tests. */
    Text field(Key key) {
        return texts.get(key);
    }

    Combo provider() {
        return provider;
    }
}
