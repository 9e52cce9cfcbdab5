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

    /**
     * Tiles for a model that reaches {@code reach} pixels: a guard covering it (rounded up to a multiple of 4, the
     * largest pooling of the default models), 32 pixels of blending beyond, and cores at least twice the margin and
     * {@code least} pixels.
     */
    public static TileSpec forReach(int reach, int least) {
        int guard = (reach + 4 + 3) / 4 * 4;
        int margin = guard + 32;
        return new TileSpec(Math.max(least, (2 * margin + 3) / 4 * 4), margin, guard);
    }
}
