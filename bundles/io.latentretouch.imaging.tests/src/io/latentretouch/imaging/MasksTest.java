package io.latentretouch.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Growing and feathering: the running maximum against a brute-force square maximum over every radius and at every
 * border, and the bounded computation (only around the selection) against the same filter over the whole frame.
 */
class MasksTest {

    /** Sparse random values, some of them touching the borders. */
    private static Mask scattered(int w, int h, long seed) {
        Random random = new Random(seed);
        Mask m = Mask.empty(w, h);
        for (int i = 0; i < m.values().length; i++) {
            m.values()[i] = random.nextInt(20) == 0 ? random.nextFloat() : 0f;
        }
        return m;
    }

    private static float bruteMax(Mask m, int x, int y, int r) {
        float max = 0;
        for (int j = Math.max(0, y - r); j <= Math.min(m.height() - 1, y + r); j++) {
            for (int i = Math.max(0, x - r); i <= Math.min(m.width() - 1, x + r); i++) {
                max = Math.max(max, m.get(i, j));
            }
        }
        return max;
    }

    @Test
    void dilateIsTheSquareMaximumAtEveryRadiusAndBorder() {
        Mask m = scattered(37, 23, 5);
        for (int r : new int[] {0, 1, 2, 3, 5, 11, 30, 60}) {
            Mask d = Masks.dilate(m, r);
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < m.width(); x++) {
                    assertEquals(bruteMax(m, x, y, r), d.get(x, y), 0, "radius " + r + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aSmallSelectionIsGrownAndFeatheredAsOverTheWholeFrame() {
        int w = 300;
        int h = 200;
        for (int[] at : new int[][] {{150, 100}, {2, 3}, {297, 198}}) {
            Mask small = Mask.empty(w, h);
            for (int y = Math.max(0, at[1] - 4); y < Math.min(h, at[1] + 4); y++) {
                for (int x = Math.max(0, at[0] - 6); x < Math.min(w, at[0] + 6); x++) {
                    small.values()[y * w + x] = (x + y) % 3 == 0 ? 0.5f : 1f;
                }
            }
            Mask grown = Masks.dilate(small, 7);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    assertEquals(bruteMax(small, x, y, 7), grown.get(x, y), 0, "grown at " + x + "," + y);
                }
            }
            // the same filter over the whole frame: the blur of the grown mask, never below the original
            float[] whole = Blur.gaussian(Masks.dilate(small, 3).values(), w, h, 2.5);
            for (int i = 0; i < whole.length; i++) {
                whole[i] = Math.min(1f, Math.max(small.values()[i], whole[i]));
            }
            assertArrayEquals(whole, Masks.feather(small, 3, 2.5).values(), 0f, "a selection at " + at[0] + "," + at[1]);
        }
        assertArrayEquals(new float[w * h], Masks.feather(Mask.empty(w, h), 3, 2).values(), 0f, "nothing selected, nothing feathered");
    }
}
