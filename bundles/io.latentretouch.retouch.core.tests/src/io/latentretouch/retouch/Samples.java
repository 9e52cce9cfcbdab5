package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.testing.Services;

/** Synthetic and real portraits and what the retouching tests measure on them. */
final class Samples {

    static final int SIZE = 384;

    private Samples() {
    }

    static SkinSample portrait(int tone, long seed) {
        return SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[tone], 8, seed);
    }

    static Retoucher retoucher() throws Exception {
        return Services.await(Retoucher.class);
    }

    /** The skin map of the faces the detector finds. */
    static SkinMap map(PlanarImage image) throws Exception {
        return retoucher().skinMap(image, retoucher().faces(image, RunMonitor.NONE), RunMonitor.NONE);
    }

    static PlanarImage at(PlanarImage image, SkinMap map, double level, long seed) throws Exception {
        Recipe r = new Recipe("test", "", List.of(new Step.Imperfection(level)));
        return retoucher().apply(image, r, RetouchMasks.of(map), seed, RunMonitor.NONE).image();
    }

    /** The face a synthetic portrait's landmarks describe, for measuring it without a detector. */
    static Face face(SkinSample s) {
        double[] l = s.landmarks();
        List<Face.Point> points = List.of(new Face.Point(l[0], l[1]), new Face.Point(l[2], l[3]), new Face.Point(l[4], l[5]),
                new Face.Point(l[6], l[7]), new Face.Point(l[8], l[9]), new Face.Point(l[10], l[11]));
        double side = l[10] - l[8];
        return new Face(l[8], l[1] - side / 3, side, side, points, 1, true);
    }

    static double maxDifference(PlanarImage a, PlanarImage b) {
        double m = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                m = Math.max(m, Math.abs(a.plane(c)[i] - b.plane(c)[i]));
            }
        }
        return m;
    }
}
