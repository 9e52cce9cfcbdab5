package io.latentretouch.workbench.ui;

/** Identifiers of the host workbench that other bundles refer to. */
public final class WorkbenchIds {

    /** The Library perspective: folders and assets. */
    public static final String LIBRARY_PERSPECTIVE = "io.latentretouch.workbench.ui.library";
    /** The folder tree of the Library. */
    public static final String FOLDERS_VIEW = "io.latentretouch.workbench.ui.folders";
    /** The assets of the selected folder. */
    public static final String ASSETS_VIEW = "io.latentretouch.workbench.ui.assets";
    /**
     * The command that opens an image for retouching, contributed by the Latent Retouch perspective; the Library runs
     * it for a double-clicked or dropped image when it is installed.
     */
    public static final String OPEN_IMAGE_COMMAND = "io.latentretouch.openImage";
    /** The open command's parameter: the image's path. */
    public static final String OPEN_IMAGE_PATH = "io.latentretouch.openImage.path";
    /** Preference node of the workbench. */
    public static final String PREFERENCE_NODE = "io.latentretouch.workbench.ui";

    private WorkbenchIds() {
    }
}
