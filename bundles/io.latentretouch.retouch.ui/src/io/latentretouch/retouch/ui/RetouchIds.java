package io.latentretouch.retouch.ui;

/** Identifiers of the Latent Retouch perspective and its parts. */
public final class RetouchIds {

    /** The Latent Retouch perspective. */
    public static final String PERSPECTIVE = "io.latentretouch.retouch.ui.perspective";
    /** The installed models and the engine that runs them. */
    public static final String MODELS_VIEW = "io.latentretouch.retouch.ui.models";
    /** The Imperfection panel: level, fabric, lighting, recipe, Apply and Save as variant. */
    public static final String PANEL_VIEW = "io.latentretouch.retouch.ui.imperfection";
    /** The Inpainting panel: masks, Fill, candidates, Save as variant. */
    public static final String INPAINTING_VIEW = "io.latentretouch.retouch.ui.inpainting";
    /** The Generation panel: a recipe's generation section, prompt, Generate, the history of frames, Apply. */
    public static final String GENERATION_VIEW = "io.latentretouch.retouch.ui.generation";
    /** The canvas editor for image files. */
    public static final String CANVAS_EDITOR = "io.latentretouch.retouch.ui.canvas";
    /** Opens an image in the canvas; the Library runs it on a double-click. */
    public static final String OPEN_IMAGE_COMMAND = "io.latentretouch.openImage";
    /** The open command's parameter: the image's path; without it the command asks for a file. */
    public static final String OPEN_IMAGE_PATH = "io.latentretouch.openImage.path";
    /** Window > Preferences > Latent Retouch > Retouching. */
    public static final String PREFERENCE_PAGE = "io.latentretouch.retouch.ui.preferences";
    /** Preference node of the retouching settings. */
    public static final String PREFERENCE_NODE = "io.latentretouch.retouch.ui";

    private RetouchIds() {
    }
}
