package io.latentretouch.inference;

/**
 * How a model's weights came to be. The disclosure label of an output depends on it: a trained model's output is
 * "trained algorithmic media", an analytic model's is "algorithmically enhanced".
 */
public enum Origin {
    /** Weights learned from data. */
    TRAINED,
    /** Weights derived analytically (filters, pyramids, colour models). */
    ALGORITHMIC;

    /** @throws IllegalArgumentException for anything but {@code trained} or {@code algorithmic} */
    public static Origin parse(String s) {
        return switch (s) {
            case "trained" -> TRAINED;
            case "algorithmic" -> ALGORITHMIC;
            default -> throw new IllegalArgumentException("Unknown origin '" + s + "', expected trained or algorithmic");
        };
    }
}
