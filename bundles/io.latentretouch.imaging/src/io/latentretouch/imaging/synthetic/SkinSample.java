package io.latentretouch.imaging.synthetic;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * A synthetic portrait and its ground truth.
 *
 * @param image     what a camera would have delivered
 * @param clean     the same skin without the blemishes (the truth under them)
 * @param skin      where the skin is (the face ellipse), hard-edged
 * @param blemishes the planted spots
 */
public record SkinSample(PlanarImage image, PlanarImage clean, Mask skin, List<Blemish> blemishes) {
}
