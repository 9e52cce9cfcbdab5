package io.latentretouch.workbench.ui;

/** Identifiers of the host workbench that other bundles refer to. */
public final class WorkbenchIds {

    /** The Library perspective: folders and assets. */
    public static final String LIBRARY_PERSPECTIVE = "io.latentretouch.workbench.ui.library";
    /** The folder tree of the Library. */
    public static final String FOLDERS_VIEW = "io.latentretouch.workbench.ui.folders";
    /** The assets of the selected folder. */
    public static final String ASSETS_VIEW = "io.latentretouch.workbench.ui.assets";
    /** Preference node of the workbench. */
    public static final String PREFERENCE_NODE = "io.latentretouch.workbench.ui";

    private WorkbenchIds() {
    }
}
