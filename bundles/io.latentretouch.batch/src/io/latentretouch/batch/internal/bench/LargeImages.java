package io.latentretouch.batch.internal.bench;

import java.util.Arrays;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;

/** Large benchmark images made quickly: synthetic 1024-pixel portraits, repeated or enlarged. */
final class LargeImages {

    private LargeImages() {
    }

    /** One synthetic portrait enlarged to the image's height, centred on its backdrop: one face, as in a headshot. */
    static PlanarImage portrait(int width, int height) {
        PlanarImage face = Resample.resize(SyntheticSkin.portrait(1024, SyntheticSkin.TONES[2], 12, 5).image(), height, height);
        PlanarImage big = PlanarImage.create(width, height, 3);
        for (int c = 0; c < 3; c++) {
            Arrays.fill(big.plane(c), face.plane(c)[0]);
        }
        big.paste(face, (width - height) / 2, 0);
        return big;
    }

    /** Tiles of one synthetic portrait: many faces, as in a group or a contact sheet. */
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
