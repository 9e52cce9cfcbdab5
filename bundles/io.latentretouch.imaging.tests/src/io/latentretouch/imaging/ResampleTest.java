package io.latentretouch.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Issue 9: a 675×825 portrait could not be opened because the last area interval of the resampler ended a rounding
 * error past its source. Every pair of sizes from 1 to 300 (and a few large odd ones) is resampled here along both
 * axes; a read outside the source would throw, and a constant must stay that constant (the weights sum to one).
 */
class ResampleTest {

    private static final int MAX = 300;

    @Test
    void everySizePairFrom1To300StaysInsideItsSourceAndKeepsAConstant() {
        for (int n = 1; n <= MAX; n++) {
            PlanarImage row = constant(n, 1, 0.3f);
            PlanarImage column = constant(1, n, 0.7f);
            for (int m = 1; m <= MAX; m++) {
                check(row, Resample.resize(row, m, 1), 0.3f, n, m);
                check(column, Resample.resize(column, 1, m), 0.7f, n, m);
                check(row, Resample.bilinear(row, m, 1), 0.3f, n, m);
            }
        }
    }

    @Test
    void largeOddSizesOfRealPhotosAndScreens() {
        int[][] pairs = {{675, 825, 337, 412}, {675, 825, 1000, 1222}, {675, 825, 617, 754}, {2400, 3000, 1279, 1599},
            {6000, 4000, 1023, 682}, {4000, 6000, 997, 1501}, {5472, 3648, 128, 85}};
        for (int[] p : pairs) {
            PlanarImage src = constant(p[0], p[1], 0.5f);
            PlanarImage out = Resample.resize(src, p[2], p[3]);
            assertEquals(p[2], out.width());
            assertEquals(p[3], out.height());
            for (float v : out.plane(0)) {
                assertEquals(0.5f, v, 1e-5f, p[0] + "×" + p[1] + " → " + p[2] + "×" + p[3]);
            }
        }
    }

    @Test
    void shrinkingKeepsTheMeanOfARamp() {
        for (int n = 2; n <= 120; n++) {
            PlanarImage ramp = PlanarImage.create(n, 1, 1);
            for (int x = 0; x < n; x++) {
                ramp.plane(0)[x] = x;
            }
            for (int m = 1; m < n; m++) {
                assertEquals(mean(ramp), mean(Resample.resize(ramp, m, 1)), 1e-3 * n, n + " → " + m);
            }
        }
    }

    @Test
    void aResizedMaskStaysWithinZeroAndOne() {
        for (int[] size : new int[][] {{675, 825, 337, 412}, {512, 512, 2048, 2048}, {1092, 1092, 512, 512}, {31, 17, 1001, 7}}) {
            Mask full = Mask.full(size[0], size[1]);
            for (float v : Resample.resize(full, size[2], size[3]).values()) {
                if (v < 0 || v > 1) {
                    fail(size[0] + "×" + size[1] + " → " + size[2] + "×" + size[3] + " gave " + v);
                }
            }
        }
    }

    @Test
    void bilinearSamplesLikeOpenCvAtAFactorOfFour() {
        PlanarImage ramp = PlanarImage.create(8, 1, 1);
        for (int x = 0; x < 8; x++) {
            ramp.plane(0)[x] = x;
        }
        // centres at (i + 0.5) * 4 - 0.5 = 1.5 and 5.5: the mean of the two middle pixels of each group of four
        PlanarImage out = Resample.bilinear(ramp, 2, 1);
        assertEquals(1.5f, out.plane(0)[0], 1e-6f);
        assertEquals(5.5f, out.plane(0)[1], 1e-6f);
    }

    private static void check(PlanarImage src, PlanarImage out, float value, int n, int m) {
        for (float v : out.plane(0)) {
            if (Math.abs(v - value) > 1e-5f) {
                fail(n + " → " + m + " gave " + v + " for a constant " + value + " (from " + src + ")");
            }
        }
    }

    private static PlanarImage constant(int w, int h, float v) {
        PlanarImage p = PlanarImage.create(w, h, 1);
        p.fill(v);
        return p;
    }

    private static double mean(PlanarImage p) {
        double s = 0;
        for (float v : p.plane(0)) {
            s += v;
        }
        return s / p.plane(0).length;
    }
}
