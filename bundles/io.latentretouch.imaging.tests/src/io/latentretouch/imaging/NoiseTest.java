package io.latentretouch.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class NoiseTest {

    @Test
    void isStandardNormal() {
        float[] n = Noise.gaussian(42, Region.of(512, 512));
        double mean = 0;
        double sq = 0;
        for (float v : n) {
            mean += v;
            sq += v * v;
        }
        mean /= n.length;
        double std = Math.sqrt(sq / n.length - mean * mean);
        assertEquals(0, mean, 0.01);
        assertEquals(1, std, 0.01);
    }

    @Test
    void dependsOnlyOnSeedAndPosition() {
        float[] whole = Noise.gaussian(7, Region.of(64, 64));
        float[] tile = Noise.gaussian(7, new Region(16, 32, 8, 4));
        for (int y = 0; y < 4; y++) {
            assertArrayEquals(Arrays.copyOfRange(whole, (32 + y) * 64 + 16, (32 + y) * 64 + 24), Arrays.copyOfRange(tile, y * 8, y * 8 + 8));
        }
        assertFalse(Arrays.equals(whole, Noise.gaussian(8, Region.of(64, 64))), "another seed gives other grain");
    }

    @Test
    void neighboursAreUncorrelated() {
        float[] n = Noise.gaussian(3, Region.of(256, 256));
        double c = 0;
        for (int i = 1; i < n.length; i++) {
            c += n[i] * n[i - 1];
        }
        assertEquals(0, c / n.length, 0.02);
    }
}
