package io.latentretouch.imaging.tiles;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Region;

/**
 * A regular grid of tiles over an image: cores of {@code tile} pixels (the last ones smaller), each read with
 * {@code margin} pixels of context. Core origins are multiples of {@code tile}, which should itself be a multiple of
 * any pooling factor of the model so that every tile sees the same pooling phase as the whole image.
 *
 * @param width  image width
 * @param height image height
 * @param tile   core size
 * @param margin context on each side, which is also where neighbouring tiles blend
 * @param guard  pixels next to a tile edge (inside the margin) that get no weight: set it to the model's receptive
 *               radius and the tiled result equals the whole-image result
 */
public record TileGrid(int width, int height, int tile, int margin, int guard) {

    public TileGrid {
        if (tile < 1 || margin < 0 || guard < 0 || (margin > 0 && guard >= margin)) {
            throw new IllegalArgumentException("Tiles need tile ≥ 1, margin ≥ 0 and guard < margin; got tile " + tile
                    + ", margin " + margin + ", guard " + guard);
        }
    }

    public int columns() {
        return (width + tile - 1) / tile;
    }

    public int rows() {
        return (height + tile - 1) / tile;
    }

    public int count() {
        return columns() * rows();
    }

    /** Tiles row by row. */
    public List<Tile> tiles() {
        Region image = Region.of(width, height);
        List<Tile> tiles = new ArrayList<>(count());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                Region core = new Region(c * tile, r * tile, Math.min(tile, width - c * tile), Math.min(tile, height - r * tile));
                tiles.add(new Tile(c, r, core, core.expand(margin).intersect(image)));
            }
        }
        return tiles;
    }

    /** The largest padded tile, for sizing reusable buffers. */
    public Region largestPadded() {
        int w = Math.min(width, tile + 2 * margin);
        int h = Math.min(height, tile + 2 * margin);
        return Region.of(w, h);
    }
}
