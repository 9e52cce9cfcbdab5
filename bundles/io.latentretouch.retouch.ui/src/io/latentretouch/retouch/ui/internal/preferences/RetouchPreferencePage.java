package io.latentretouch.retouch.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.Messages;

/** Window > Preferences > Latent Retouch > Retouching: the markets whose disclosure rules variants follow, where frames go. */
public final class RetouchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RetouchPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, RetouchIds.PREFERENCE_NODE));
        setDescription(Messages.preferencesDisclosure);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(RetouchPreferences.key(Market.EU), Messages.preferencesEu, getFieldEditorParent()));
        addField(new BooleanFieldEditor(RetouchPreferences.key(Market.FRANCE), Messages.preferencesFrance, getFieldEditorParent()));
        addField(new BooleanFieldEditor(RetouchPreferences.key(Market.NORWAY), Messages.preferencesNorway, getFieldEditorParent()));
        addField(new DirectoryFieldEditor(RetouchPreferences.GENERATED_FOLDER, Messages.preferencesGenerated, getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
