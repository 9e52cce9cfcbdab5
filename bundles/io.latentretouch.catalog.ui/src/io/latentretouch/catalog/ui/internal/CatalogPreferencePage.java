package io.latentretouch.catalog.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > Latent Retouch > Catalog: which catalog the Library opens, an embedded SQLite file for one
 * seat or the studio's PostgreSQL database. A new URL is opened at once; a wrong one is said in the Library.
 */
public final class CatalogPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public CatalogPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CatalogPreferences.NODE));
        setDescription(Messages.preferencesDescription);
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor url = new StringFieldEditor(CatalogPreferences.URL, Messages.preferenceUrl, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String problem = CatalogPreferences.problem(getStringValue());
                setErrorMessage(problem);
                return problem == null;
            }
        };
        url.setEmptyStringAllowed(false);
        addField(url);
    }

    @Override
    public boolean performOk() {
        String before = CatalogPreferences.url();
        boolean ok = super.performOk();
        if (ok && !before.equals(CatalogPreferences.url())) {
            CatalogSession.get().reopen();
        }
        return ok;
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
