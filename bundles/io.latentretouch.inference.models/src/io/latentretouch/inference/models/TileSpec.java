package io.latentretouch.inference.models;

/**
 * How a fully convolutional model is tiled: cores of {@code tile} pixels read with {@code margin} pixels of context,
 * blended over the margin with no weight in the {@code guard} pixels next to a tile edge. With the guard at least the
 * model's receptive radius, tiling does not change the result. Keep {@code tile} a multiple of the model's largest
 * pooling factor.
 */
public record TileSpec(int tile, int margin, int guard) {

    /**
     * Tiles of 768 pixels with 96 of context: as fast as 1024-pixel tiles on the default models, with a third less
     * working memory (docs/BENCHMARKS.md).
     */
    public static final TileSpec DEFAULT = new TileSpec(768, 96, 64);
}
