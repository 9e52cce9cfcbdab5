package io.latentretouch.workbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench. */
public final class Messages extends NLS {

    public static String windowTitle;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuOpenPerspective;
    public static String menuShowView;
    public static String menuHelp;
    public static String assetsSummary;
    public static String assetsNoFolder;
    public static String assetsUnreadable;
    public static String columnName;
    public static String columnSize;
    public static String columnModified;
    public static String openFolderTitle;
    public static String preferencesDescription;
    public static String preferenceLibraryRoot;
    public static String openImageTitle;
    public static String openImageNoEditor;
    public static String openImageFailed;

    static {
        NLS.initializeMessages(Messages.class.getName(), Messages.class);
    }

    private Messages() {
    }
}
