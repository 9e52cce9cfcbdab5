package io.latentretouch.imaging.tiles;

import java.util.List;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

/**
 * Blends the results of the tiles of a {@link TileGrid} into one image. Each tile's result is weighted by the product
 * of its per-axis feather weights; on a regular grid the sum of those weights is the product of per-axis sums, so the
 * normalisation needs only two arrays, not a full-size weight image. Results may be {@code scale} times the tile size
 * (super-resolution). Call {@link #add} for every tile, then {@link #finish()}. Not thread-safe.
 */
public final class TileAccumulator {

    private final TileGrid grid;
    private final int scale;
    private final PlanarImage out;
    private final double[] sumX;
    private final double[] sumY;

    public TileAccumulator(TileGrid grid, int channels, int scale) {
        this.grid = grid;
        this.scale = scale;
        this.out = PlanarImage.create(grid.width() * scale, grid.height() * scale, channels);
        this.sumX = new double[grid.width() * scale];
        this.sumY = new double[grid.height() * scale];
        List<Tile> tiles = grid.tiles();
        for (int c = 0; c < grid.columns(); c++) {
            Region p = tiles.get(c).padded();
            add(sumX, weightsX(p), p.x() * scale);
        }
        for (int r = 0; r < grid.rows(); r++) {
            Region p = tiles.get(r * grid.columns()).padded();
            add(sumY, weightsY(p), p.y() * scale);
        }
    }

    /** Adds the model's result for {@code tile}: an image of the padded region's size times the scale. */
    public void add(Tile tile, PlanarImage result) {
        Region p = tile.padded();
        if (result.width() != p.width() * scale || result.height() != p.height() * scale || result.channels() != out.channels()) {
            throw new IllegalArgumentException("Tile result " + result + " does not match padded tile " + p + " × " + scale);
        }
        float[] wx = weightsX(p);
        float[] wy = weightsY(p);
        int ox = p.x() * scale;
        int oy = p.y() * scale;
        for (int c = 0; c < out.channels(); c++) {
            float[] dst = out.plane(c);
            float[] src = result.plane(c);
            for (int y = 0; y < result.height(); y++) {
                if (wy[y] == 0f) {
                    continue;
                }
                int d = (oy + y) * out.width() + ox;
                int s = y * result.width();
                for (int x = 0; x < result.width(); x++) {
                    dst[d + x] += src[s + x] * (wx[x] * wy[y]);
                }
            }
        }
    }

    /** Normalises by the weight sums and returns the blended image. */
    public PlanarImage finish() {
        for (int c = 0; c < out.channels(); c++) {
            float[] p = out.plane(c);
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0, i = y * out.width(); x < out.width(); x++, i++) {
                    p[i] = (float) (p[i] / (sumX[x] * sumY[y]));
                }
            }
        }
        return out;
    }

    private float[] weightsX(Region p) {
        return Feather.weights(p.x() * scale, p.width() * scale, grid.width() * scale, grid.margin() * scale, grid.guard() * scale);
    }

    private float[] weightsY(Region p) {
        return Feather.weights(p.y() * scale, p.height() * scale, grid.height() * scale, grid.margin() * scale, grid.guard() * scale);
    }

    private static void add(double[] sum, float[] w, int offset) {
        for (int i = 0; i < w.length; i++) {
            sum[offset + i] += w[i];
        }
    }
}
