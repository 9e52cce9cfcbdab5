package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.inference.models.Face;

/**
 * Where the steps act: skin (with the faces that scale it) for imperfection and lighting, the fabric region for folds.
 * Pixels outside both are never changed.
 *
 * @param skin   the skin mask, features left out
 * @param faces  the faces whose sizes scale the skin work; empty for the image's own scale
 * @param fabric the fabric region painted, imported or chosen by the user, or null when there is none: a fabric step
 *               whose recipe names no region of its own is then skipped, and the result says so
 */
public record RetouchMasks(Mask skin, List<Face> faces, Mask fabric) {

    public RetouchMasks {
        faces = List.copyOf(faces);
    }

    /** The skin of a skin map, no fabric region. */
    public static RetouchMasks of(SkinMap map) {
        return new RetouchMasks(map.skin(), map.faces(), null);
    }

    /** The same skin with {@code region} as the fabric region (null for none). */
    public RetouchMasks withFabric(Mask region) {
        return new RetouchMasks(skin, faces, region);
    }
}
