package io.latentretouch.imaging.tiles;

import io.latentretouch.imaging.Region;

/**
 * One tile: the core it is responsible for and the padded region a model reads (the core plus the margin, clipped to
 * the image).
 *
 * @param column index among the tiles of its row
 * @param row    index among the rows of tiles
 */
public record Tile(int column, int row, Region core, Region padded) {
}
