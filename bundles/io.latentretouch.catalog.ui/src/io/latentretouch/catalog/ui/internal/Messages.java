package io.latentretouch.catalog.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.latentretouch.assets.Label;

/** User-visible strings of the catalog's Library. */
public final class Messages extends NLS {

    public static String detailsAiMarking;
    public static String detailsAsset;
    public static String detailsBytes;
    public static String detailsDisclosure;
    public static String detailsField;
    public static String detailsFile;
    public static String detailsFormat;
    public static String detailsKeywords;
    public static String detailsKind;
    public static String detailsLabel;
    public static String detailsLabels;
    public static String detailsMarkets;
    public static String detailsMetadata;
    public static String detailsModel;
    public static String detailsName;
    public static String detailsNo;
    public static String detailsNone;
    public static String detailsNothing;
    public static String detailsOriginal;
    public static String detailsPicked;
    public static String detailsProvenance;
    public static String detailsRating;
    public static String detailsRecipe;
    public static String detailsSeed;
    public static String detailsSelected;
    public static String detailsSha;
    public static String detailsSource;
    public static String detailsSourceSha;
    public static String detailsSourceType;
    public static String detailsStack;
    public static String detailsStackValue;
    public static String detailsTaken;
    public static String detailsUnreadable;
    public static String detailsValue;
    public static String detailsVariant;
    public static String detailsYes;
    public static String jobFailed;
    public static String regenerateButton;
    public static String retryAction;
    public static String retryJob;
    public static String regenerateDone;
    public static String regenerateFailed;
    public static String regenerateJob;
    public static String regenerateLevel;
    public static String regenerateMessage;
    public static String regenerateNewSeed;
    public static String regenerateOk;
    public static String regeneratePick;
    public static String regenerateRecipe;
    public static String regenerateSeed;
    public static String regenerateTitle;
    public static String editPick;
    public static String editRate;
    public static String editReject;
    public static String editStack;
    public static String editUnrate;
    public static String filterAi;
    public static String filterAnyLabel;
    public static String filterAnyRating;
    public static String filterKeyword;
    public static String filterDays;
    public static String filterAnyRecipe;
    public static String filterDaysHelp;
    public static String filterText;
    public static String importCancelled;
    public static String importDone;
    public static String importJob;
    public static String importMessage;
    public static String importTitle;
    public static String jobProgress;
    public static String preferenceUrl;
    public static String preferenceUrlKind;
    public static String preferenceUrlNoFile;
    public static String preferenceUrlNoHost;
    public static String preferenceOutputRoot;
    public static String preferenceOutputRootHint;
    public static String preferenceBrowse;
    public static String preferenceNoConfigurationAdmin;
    public static String preferenceNotStored;
    public static String preferencesDescription;
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
