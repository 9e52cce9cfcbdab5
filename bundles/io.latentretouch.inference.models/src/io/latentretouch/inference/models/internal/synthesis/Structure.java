package io.latentretouch.inference.models.internal.synthesis;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/**
 * The smooth shape of a hole's fill: the mean of the {@link Membrane} (the least-curved surface over the hole, right
 * for shading) and the {@link Marching} fill (edges carried in along the marching direction, right for folds and
 * stripes). Their errors lie largely on opposite sides of the truth: on real holes (RealHolesTest) the mean is closer
 * than either.
 */
final class Structure {

    private Structure() {
    }

    /** Overwrites every hole pixel of every plane; planes are row-major, w × h. @throws InferenceException when cancelled */
    static void fill(float[][] planes, int w, int h, boolean[] hole, RunMonitor monitor) throws InferenceException {
        float[][] marched = new float[planes.length][];
        for (int c = 0; c < planes.length; c++) {
            marched[c] = planes[c].clone();
        }
        Membrane.fill(planes, w, h, hole, monitor);
        Marching.fill(marched, w, h, hole, monitor);
        for (int c = 0; c < planes.length; c++) {
            for (int i = 0; i < hole.length; i++) {
                if (hole[i]) {
                    planes[c][i] = (planes[c][i] + marched[c][i]) / 2;
                }
            }
        }
    }
}
