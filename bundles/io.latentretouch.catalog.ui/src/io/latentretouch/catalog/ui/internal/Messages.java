package io.latentretouch.catalog.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.latentretouch.assets.Label;

/** User-visible strings of the catalog's Library. */
public final class Messages extends NLS {

    public static String editPick;
    public static String editRate;
    public static String editReject;
    public static String editUnrate;
    public static String filterAi;
    public static String filterAnyLabel;
    public static String filterAnyRating;
    public static String filterKeyword;
    public static String filterText;
    public static String gridAi;
    public static String gridOffline;
    public static String gridPickOriginal;
    public static String gridPickVariant;
    public static String gridRejected;
    public static String gridUnreadable;
    public static String libraryCount;
    public static String libraryFailed;
    public static String libraryReading;
    public static String labelRed;
    public static String labelYellow;
    public static String labelGreen;
    public static String labelBlue;
    public static String labelPurple;

    static {
        NLS.initializeMessages(Messages.class.getName(), Messages.class);
    }

    private Messages() {
    }

    /** A colour label's name. */
    public static String labelName(Label label) {
        return switch (label) {
            case RED -> labelRed;
            case YELLOW -> labelYellow;
            case GREEN -> labelGreen;
            case BLUE -> labelBlue;
            case PURPLE -> labelPurple;
            case NONE -> label.name().toLowerCase(Locale.ROOT);
        };
    }
}
