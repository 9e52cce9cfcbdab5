package io.latentretouch.retouch.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Latent Retouch perspective. */
public final class Messages extends NLS {

    public static String modelsEngine;
    public static String preferencesDisclosure;
    public static String preferencesEu;
    public static String preferencesFrance;
    public static String preferencesNorway;
    public static String modelsNoEngine;
    public static String modelsProblems;
    public static String columnModel;
    public static String columnTask;
    public static String columnOrigin;
    public static String columnLicence;
    public static String columnHash;
    public static String canvasOpening;
    public static String canvasBefore;
    public static String canvasAfter;
    public static String canvasHints;
    public static String toolHand;
    public static String toolAdd;
    public static String toolErase;
    public static String toolFace;
    public static String toolAddRegion;
    public static String toolEraseRegion;
    public static String toolRectangle;
    public static String toolEllipse;
    public static String toolLasso;
    public static String toolWand;
    public static String fillLasso;
    public static String fillWand;
    public static String fillTolerance;
    public static String fillFromSkin;
    public static String fillFlyaways;
    public static String fillFlyawayReach;
    public static String jobFlyaways;
    public static String undoFlyaways;
    public static String jobView;
    public static String jobOpen;
    public static String jobApply;
    public static String jobSave;
    public static String jobFaces;
    public static String jobFabric;
    public static String openTitle;
    public static String openFilterImages;
    public static String openFilterAll;
    public static String fabricImportTitle;
    public static String fabricImportFilter;
    public static String openFailed;
    public static String editorNotAFile;
    public static String undoBrushAdd;
    public static String undoBrushErase;
    public static String undoApply;
    public static String undoFaceAdd;
    public static String undoFaceRemove;
    public static String levelCover;
    public static String levelNatural;
    public static String levelRaw;
    public static String panelRecipe;
    public static String panelCustom;
    public static String panelSkin;
    public static String panelFabric;
    public static String panelFabricHint;
    public static String panelFabricRegion;
    public static String panelRegionGiven;
    public static String panelRegionWhole;
    public static String panelRegionGarments;
    public static String panelFabricImport;
    public static String panelFabricImported;
    public static String panelLighting;
    public static String panelGlow;
    public static String panelKey;
    public static String panelDirection;
    public static String panelAppliedHint;
    public static String panelOverlay;
    public static String panelApply;
    public static String panelSave;
    public static String panelNoImage;
    public static String panelFaces;
    public static String panelNoFace;
    public static String panelNoSkin;
    public static String panelSaved;
    public static String panelSavedLabelled;
    public static String panelPreviewing;
    public static String panelApplied;
    public static String fillMaskName;
    public static String fillMaskGroup;
    public static String fillMask;
    public static String fillNewMask;
    public static String fillBrush;
    public static String fillEraser;
    public static String fillRectangle;
    public static String fillEllipse;
    public static String fillPixels;
    public static String fillGrow;
    public static String fillShrink;
    public static String fillFeather;
    public static String fillInvert;
    public static String fillClear;
    public static String fillImport;
    public static String fillExport;
    public static String fillGroup;
    public static String fillEngine;
    public static String fillEngineItem;
    public static String fillRun;
    public static String fillApply;
    public static String fillDiscard;
    public static String fillSave;
    public static String fillEmpty;
    public static String fillReady;
    public static String fillPicked;
    public static String jobFill;
    public static String jobMaskImport;
    public static String jobMaskExport;
    public static String undoFill;
    public static String undoMaskImport;

    static {
        NLS.initializeMessages(Messages.class.getName(), Messages.class);
    }

    private Messages() {
    }
}
