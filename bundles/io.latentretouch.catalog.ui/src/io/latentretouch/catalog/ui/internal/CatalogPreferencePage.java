package io.latentretouch.catalog.ui.internal;

import java.io.IOException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Latent Retouch > Catalog: which catalog the Library opens, an embedded SQLite file for one
 * seat or the studio's PostgreSQL database, and where variants are written (beside their originals, or under an
 * output root for originals on read-only shares). Stored in Configuration Admin, the settings a headless host reads
 * from its conf folder; a new URL is opened at once, a wrong one is said in the Library.
 */
public final class CatalogPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text url;
    private Text outputRoot;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.preferencesDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.preferenceUrl);
        url = new Text(page, SWT.BORDER);
        url.setMessage(CatalogPreferences.defaultUrl());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(320, SWT.DEFAULT).applyTo(url);
        url.addListener(SWT.Modify, e -> validate());
        new Label(page, SWT.NONE).setText(Messages.preferenceOutputRoot);
        outputRoot = new Text(page, SWT.BORDER);
        outputRoot.setMessage(Messages.preferenceOutputRootHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(outputRoot);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.preferenceBrowse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(outputRoot.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                outputRoot.setText(chosen);
            }
        });
        url.setText(CatalogPreferences.url().equals(CatalogPreferences.defaultUrl()) ? "" : CatalogPreferences.url());
        outputRoot.setText(CatalogPreferences.outputRoot());
        return page;
    }

    private void validate() {
        String problem = CatalogPreferences.problem(url.getText());
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    protected void performDefaults() {
        url.setText("");
        outputRoot.setText("");
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            CatalogPreferences.set(url.getText(), outputRoot.getText());
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.preferenceNotStored, e.getMessage()));
            return false;
        }
    }

    /** The fields, for the tests. */
    Text urlField() {
        return url;
    }

    Text outputRootField() {
        return outputRoot;
    }
}
