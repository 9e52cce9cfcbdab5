package io.latentretouch.retouch.ui.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.latentretouch.inference.Origin;
import io.latentretouch.inference.models.ModelInstallation;

/**
 * Asks what the installer must know of a model that its file does not say: id, version, licence, source and whether
 * its weights were trained (which decides how what it makes is labelled). OK stays off until the answers are valid.
 */
final class InstallModelDialog extends TitleAreaDialog {

    private final Path source;
    Text id;
    Text version;
    Text licence;
    Text from;
    Combo trained;
    Text properties;
    private ModelInstallation result;

    InstallModelDialog(Shell shell, Path source) {
        super(shell);
        this.source = source;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.installTitle);
        setMessage(NLS.bind(Messages.installMessage, source));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        String stem = source.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        id = field(form, Messages.installId, stem);
        version = field(form, Messages.installVersion, "1.0");
        licence = field(form, Messages.installLicence, "");
        from = field(form, Messages.installSource, "");
        new Label(form, SWT.NONE).setText(Messages.installOrigin);
        trained = new Combo(form, SWT.READ_ONLY);
        trained.setItems(Messages.installTrained, Messages.installAlgorithmic);
        trained.select(0);
        trained.addListener(SWT.Selection, e -> validate());
        properties = field(form, Messages.installProperties, "");
        return area;
    }

    private Text field(Composite form, String label, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text t = new Text(form, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** The answers as an installation, or null with the reason shown. */
    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        try {
            Map<String, String> props = new java.util.TreeMap<>();
            for (String p : properties.getText().split(",")) {
                if (p.contains("=")) {
                    props.put(p.substring(0, p.indexOf('=')).strip(), p.substring(p.indexOf('=') + 1).strip());
                }
            }
            result = new ModelInstallation(id.getText().strip(), version.getText().strip(), licence.getText().strip(),
                    from.getText().strip(), trained.getSelectionIndex() == 0 ? Origin.TRAINED : Origin.ALGORITHMIC, props);
            setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            result = null;
            setErrorMessage(e.getMessage());
        }
        getButton(IDialogConstants.OK_ID).setEnabled(result != null);
    }

    /** A button of the dialog, for tests. */
    org.eclipse.swt.widgets.Button getButtonForTests(int id) {
        return getButton(id);
    }

    /** What the user answered, or null when cancelled. */
    ModelInstallation installation() {
        return getReturnCode() == OK ? result : null;
    }
}
