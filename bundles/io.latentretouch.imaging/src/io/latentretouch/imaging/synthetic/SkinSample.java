package io.latentretouch.imaging.synthetic;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/**
 * A synthetic portrait and its ground truth.
 *
 * @param image     what a camera would have delivered
 * @param clean     the same skin without the blemishes (the truth under them)
 * @param skin      where the bare skin is (the face ellipse without its features), hard-edged
 * @param blemishes the planted spots
 * @param features  where the eyes, brows, nostrils and lips are (1 inside, soft at their edges)
 * @param landmarks where a face detector should find them: right eye, left eye, nose tip, mouth, right ear, left ear,
 *                  x and y each, in pixels (the subject's right eye is on the image's left)
 */
public record SkinSample(PlanarImage image, PlanarImage clean, Mask skin, List<Blemish> blemishes, Mask features, double[] landmarks) {
}
