package io.latentretouch.inference.models;

/**
 * How an {@link Inpainter} crops around a hole and blends its result back.
 *
 * @param context     the least context around a hole, in image pixels (the crop's margin is the larger of this and
 *                    half the hole's side)
 * @param feather     the softness of the paste-back edge in image pixels, 0 for the engine's own (scaled with the crop
 *                    factor); an engine that keeps the known pixels exactly replaces only the hole whatever it is
 * @param colourMatch whether the regenerated crop's colours are matched to the original's (mean and deviation per
 *                    channel, measured in a band around the hole), for models that redraw the known pixels shifted
 */
public record FillOptions(int context, double feather, boolean colourMatch) {

    /** 128 pixels of context, the engine's own edge, no colour match. */
    public static final FillOptions DEFAULT = new FillOptions(128, 0, false);

    public FillOptions {
        if (context < 0 || !(feather >= 0)) {
            throw new IllegalArgumentException("Context and feather are pixels, 0 or more, not " + context + " and " + feather);
        }
    }
}
