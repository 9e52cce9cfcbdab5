package io.latentretouch.retouch.internal;

import io.latentretouch.imaging.PlanarImage;

/** Blends between images so that equal pixels stay bit-identical. */
final class Blend {

    private Blend() {
    }

    /**
     * {@code a + t·(b − a)}, written into {@code b} (no further full-size copy: it matters at 100 megapixels). Where a
     * and b agree the result is a, bit for bit.
     *
     * @return b
     */
    static PlanarImage into(PlanarImage a, PlanarImage b, float t) {
        for (int c = 0; c < a.channels(); c++) {
            float[] pa = a.plane(c);
            float[] pb = b.plane(c);
            for (int i = 0; i < pa.length; i++) {
                pb[i] = pa[i] == pb[i] ? pa[i] : pa[i] + t * (pb[i] - pa[i]);
            }
        }
        return b;
    }

}
