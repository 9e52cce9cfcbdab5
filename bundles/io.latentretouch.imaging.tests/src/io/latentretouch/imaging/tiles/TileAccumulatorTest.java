package io.latentretouch.imaging.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;

class TileAccumulatorTest {

    /** A box filter of radius r with edge clamping: a local operator with receptive radius r. */
    private static PlanarImage box(PlanarImage in, int r) {
        PlanarImage out = PlanarImage.create(in.width(), in.height(), in.channels());
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < in.height(); y++) {
                for (int x = 0; x < in.width(); x++) {
                    double s = 0;
                    for (int dy = -r; dy <= r; dy++) {
                        for (int dx = -r; dx <= r; dx++) {
                            s += in.get(c, clamp(x + dx, in.width()), clamp(y + dy, in.height()));
                        }
                    }
                    out.set(c, x, y, (float) (s / ((2 * r + 1) * (2 * r + 1))));
                }
            }
        }
        return out;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    private static PlanarImage random(int w, int h) {
        Random rnd = new Random(5);
        PlanarImage img = PlanarImage.create(w, h, 2);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < w * h; i++) {
                img.plane(c)[i] = rnd.nextFloat();
            }
        }
        return img;
    }

    @ParameterizedTest
    @CsvSource({"97,61,32,8,3", "64,64,64,8,3", "130,45,16,6,4", "50,50,100,10,2"})
    void aLocalOperatorTiledWithGuardAtItsRadiusEqualsTheWholeImage(int w, int h, int tile, int margin, int radius) {
        PlanarImage img = random(w, h);
        PlanarImage whole = box(img, radius);
        TileGrid grid = new TileGrid(w, h, tile, margin, radius);
        TileAccumulator acc = new TileAccumulator(grid, 2, 1);
        for (Tile t : grid.tiles()) {
            acc.add(t, box(img.crop(t.padded()), radius));
        }
        PlanarImage tiled = acc.finish();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < w * h; i++) {
                assertEquals(whole.plane(c)[i], tiled.plane(c)[i], 1e-5, "channel " + c + " pixel " + i);
            }
        }
    }

    @Test
    void scaledResultsLandOnTheScaledGrid() {
        PlanarImage img = random(40, 30);
        TileGrid grid = new TileGrid(40, 30, 16, 4, 1);
        TileAccumulator acc = new TileAccumulator(grid, 2, 2);
        for (Tile t : grid.tiles()) {
            PlanarImage crop = img.crop(t.padded());
            PlanarImage up = PlanarImage.create(crop.width() * 2, crop.height() * 2, 2);
            for (int c = 0; c < 2; c++) {
                for (int y = 0; y < up.height(); y++) {
                    for (int x = 0; x < up.width(); x++) {
                        up.set(c, x, y, crop.get(c, x / 2, y / 2));
                    }
                }
            }
            acc.add(t, up);
        }
        PlanarImage out = acc.finish();
        assertEquals(80, out.width());
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                assertEquals(img.get(1, x / 2, y / 2), out.get(1, x, y), 1e-6f);
            }
        }
    }

    @Test
    void gridCoversTheImageWithClippedPaddedTiles() {
        TileGrid grid = new TileGrid(100, 50, 40, 10, 2);
        assertEquals(6, grid.count());
        Tile last = grid.tiles().get(5);
        assertEquals(new Region(80, 40, 20, 10), last.core());
        assertEquals(new Region(70, 30, 30, 20), last.padded());
        assertEquals(Region.of(60, 50), grid.largestPadded());
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(10, 10, 4, 3, 3));
    }
}
