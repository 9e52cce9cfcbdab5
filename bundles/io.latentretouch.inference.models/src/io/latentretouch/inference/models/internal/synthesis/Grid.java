package io.latentretouch.inference.models.internal.synthesis;

/** What the synthesis's pyramids and marches share on a row-major grid of w × h pixels with a hole. */
final class Grid {

    private Grid() {
    }

    /**
     * Half the size: each 2×2 block's known pixels averaged into {@code small} (hw × hh planes, 0 where a block has
     * none); a block with any hole pixel is hole at half the size.
     *
     * @return the hole at half the size
     */
    static boolean[] halve(float[][] planes, boolean[] hole, int w, int h, float[][] small) {
        int hw = w / 2;
        int hh = h / 2;
        boolean[] smallHole = new boolean[hw * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < hw; x++) {
                int[] four = {2 * y * w + 2 * x, 2 * y * w + 2 * x + 1, (2 * y + 1) * w + 2 * x, (2 * y + 1) * w + 2 * x + 1};
                int known = 0;
                for (int i : four) {
                    known += hole[i] ? 0 : 1;
                }
                smallHole[y * hw + x] = known < 4;
                for (int c = 0; c < planes.length; c++) {
                    float sum = 0;
                    for (int i : four) {
                        sum += hole[i] ? 0 : planes[c][i];
                    }
                    small[c][y * hw + x] = known == 0 ? 0 : sum / known;
                }
            }
        }
        return smallHole;
    }

    /** Whether one of pixel i's four neighbours is {@code value} in the grid. */
    static boolean touches(boolean[] grid, boolean value, int i, int w, int h) {
        int x = i % w;
        int y = i / w;
        return x > 0 && grid[i - 1] == value || x < w - 1 && grid[i + 1] == value || y > 0 && grid[i - w] == value
                || y < h - 1 && grid[i + w] == value;
    }
}
