package io.latentretouch.workbench.ui.internal.library;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.latentretouch.workbench.ui.WorkbenchIds;

/** The Library's preferences: its root folder, by default the user's Pictures folder. */
public final class LibraryPreferences extends AbstractPreferenceInitializer {

    /** Key of the folder the Library shows. */
    public static final String ROOT = "libraryRoot";

    @Override
    public void initializeDefaultPreferences() {
        Path home = Path.of(System.getProperty("user.home"));
        Path pictures = home.resolve("Pictures");
        DefaultScope.INSTANCE.getNode(WorkbenchIds.PREFERENCE_NODE).put(ROOT, (Files.isDirectory(pictures) ? pictures : home).toString());
    }

    /** Sets the Library's root folder; views showing it follow. */
    public static void setRoot(Path folder) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(WorkbenchIds.PREFERENCE_NODE);
        node.put(ROOT, folder.toString());
    }
}
