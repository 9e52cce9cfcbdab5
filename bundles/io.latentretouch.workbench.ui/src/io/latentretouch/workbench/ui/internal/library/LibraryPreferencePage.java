package io.latentretouch.workbench.ui.internal.library;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.latentretouch.workbench.ui.WorkbenchIds;
import io.latentretouch.workbench.ui.internal.Messages;

/** Window > Preferences > Latent Retouch: the Library folder. */
public final class LibraryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public LibraryPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, WorkbenchIds.PREFERENCE_NODE));
        setDescription(Messages.preferencesDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(LibraryPreferences.ROOT, Messages.preferenceLibraryRoot, getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
