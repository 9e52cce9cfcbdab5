package io.latentretouch.inference.models;

/** Identifiers of the embedded default models, and the names of their inputs and outputs. */
public final class DefaultModelIds {

    /** Skin detail: inputs {@code image, mask, level, grain}, output {@code output}. */
    public static final String SKIN_DETAIL = "lr.skin-detail";
    /** Fabric folds: inputs {@code image, mask, strength}, output {@code output}. */
    public static final String FABRIC_DETAIL = "lr.fabric-detail";
    /** Lighting: inputs {@code image, mask, glow, key, direction}, output {@code output}. */
    public static final String LIGHTING = "lr.lighting";
    /** Inpainting fill: inputs {@code image, mask, noise, grain}, output {@code output}. */
    public static final String INPAINT_FILL = "lr.inpaint-fill";
    /** Skin mask: input {@code image}, output {@code mask}. */
    public static final String SKIN_MASK = "lr.skin-mask";

    private DefaultModelIds() {
    }
}
