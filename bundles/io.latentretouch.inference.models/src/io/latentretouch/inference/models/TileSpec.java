package io.latentretouch.inference.models;

/**
 * How a fully convolutional model is tiled: cores of {@code tile} pixels read with {@code margin} pixels of context,
 * blended over the margin with no weight in the {@code guard} pixels next to a tile edge. With the guard at least the
 * model's receptive radius, tiling does not change the result. Keep {@code tile} a multiple of the model's largest
 * pooling factor.
 */
public record TileSpec(int tile, int margin, int guard) {

    /** Tiles of 1024 pixels with 96 of context: about 200 MB of working memory for the default models. */
    public static final TileSpec DEFAULT = new TileSpec(1024, 96, 64);
}
