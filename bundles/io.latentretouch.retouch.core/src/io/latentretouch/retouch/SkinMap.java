package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.inference.models.Face;

/**
 * Where an image's skin is and what on it must stay as it is. Immutable; any thread.
 *
 * @param skin     where skin work acts, 0..1: each face's skin by its own colour, other skin by the general colour model,
 *                 the protected features left out with soft edges
 * @param features the protected features: eyes with brows and lashes, lips, nostrils; empty when no face was found
 * @param faces    the faces found or drawn, most confident first; their sizes set every scale of the skin work
 */
public record SkinMap(Mask skin, Mask features, List<Face> faces) {

    public SkinMap {
        faces = List.copyOf(faces);
    }

    /** Whether a face was found (or drawn): without one, the skin work runs at the image's own scale. */
    public boolean hasFaces() {
        return !faces.isEmpty();
    }

    /** The same faces and features with the brush's refinement of the skin. */
    public SkinMap withSkin(Mask refined) {
        return new SkinMap(refined, features, faces);
    }
}
