package io.latentretouch.retouch.internal;

import io.latentretouch.imaging.PlanarImage;

/** Blends between images so that equal pixels stay bit-identical. */
final class Blend {

    private Blend() {
    }

    /** {@code a + t·(b − a)}: where a and b agree the result is a, bit for bit. */
    static PlanarImage towards(PlanarImage a, PlanarImage b, float t) {
        PlanarImage out = PlanarImage.create(a.width(), a.height(), a.channels());
        for (int c = 0; c < a.channels(); c++) {
            float[] pa = a.plane(c);
            float[] pb = b.plane(c);
            float[] po = out.plane(c);
            for (int i = 0; i < pa.length; i++) {
                po[i] = pa[i] == pb[i] ? pa[i] : pa[i] + t * (pb[i] - pa[i]);
            }
        }
        return out;
    }
}
