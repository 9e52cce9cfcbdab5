package io.latentretouch.imaging.io.metadata;

/**
 * What was changed, as the labelling rules ask it.
 *
 * @param silhouetteAltered the body's outline was changed (France)
 * @param shapeOrSizeAltered the body's shape or size was changed (Norway)
 * @param skinRetouched      skin was retouched (Norway)
 * @param sourceType         the IPTC digital source type of the output (EU)
 */
public record RetouchFacts(boolean silhouetteAltered, boolean shapeOrSizeAltered, boolean skinRetouched, DigitalSourceType sourceType) {
}
