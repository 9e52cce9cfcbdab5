package io.latentretouch.inference.models.internal.adapters;

import io.latentretouch.imaging.Region;

/**
 * Where a model looks when it regenerates a hole in a large image: a square around the hole with
 * {@code max(context, side / 2)} pixels of context (128 by default), shifted inward at the image borders, never larger than the image.
 */
final class Crops {

    private Crops() {
    }

    static Region around(Region hole, int width, int height, int minContext) {
        int side = Math.max(hole.width(), hole.height());
        int context = Math.max(minContext, side / 2);
        int size = Math.min(Math.min(width, height), side + 2 * context);
        int x = clamp(hole.x() + hole.width() / 2 - size / 2, width - size);
        int y = clamp(hole.y() + hole.height() / 2 - size / 2, height - size);
        // a hole longer than the image's short side widens the crop along the long side, so it stays inside
        return new Region(x, y, size, size).union(hole).intersect(Region.of(width, height));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
