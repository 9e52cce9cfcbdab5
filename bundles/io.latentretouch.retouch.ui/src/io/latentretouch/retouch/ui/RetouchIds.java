package io.latentretouch.retouch.ui;

/** Identifiers of the Latent Retouch perspective and its parts. */
public final class RetouchIds {

    /** The Latent Retouch perspective. */
    public static final String PERSPECTIVE = "io.latentretouch.retouch.ui.perspective";
    /** The installed models and the engine that runs them. */
    public static final String MODELS_VIEW = "io.latentretouch.retouch.ui.models";

    private RetouchIds() {
    }
}
