package io.latentretouch.batch.internal.bench;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SyntheticSkin;

/** Large benchmark images made quickly: a synthetic 1024-pixel portrait repeated. */
final class LargeImages {

    private LargeImages() {
    }

    static PlanarImage portraits(int width, int height) {
        PlanarImage tile = SyntheticSkin.portrait(1024, SyntheticSkin.TONES[2], 12, 5).image();
        PlanarImage big = PlanarImage.create(width, height, 3);
        for (int c = 0; c < 3; c++) {
            float[] src = tile.plane(c);
            float[] dst = big.plane(c);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x += 1024) {
                    System.arraycopy(src, (y % 1024) * 1024, dst, y * width + x, Math.min(1024, width - x));
                }
            }
        }
        return big;
    }
}
