package io.latentretouch.retouch.internal;

import static io.latentretouch.inference.models.Face.Landmark.LEFT_EYE;
import static io.latentretouch.inference.models.Face.Landmark.MOUTH;
import static io.latentretouch.inference.models.Face.Landmark.NOSE_TIP;
import static io.latentretouch.inference.models.Face.Landmark.RIGHT_EYE;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.Face.Landmark;

/**
 * The features skin work must leave as they are: eyes with their lashes, brows, nostrils and lips, as soft ellipses in
 * each face's own units around its landmarks. Inside an ellipse the mask is 1, beyond it it fades to 0 over
 * {@link #SOFT} of its radii. (A feature's own strong edges that reach past its ellipse are kept by the skin detail
 * model's edge-aware base.)
 */
final class FaceFeatures {

    /** One feature: the landmark it lies around, its centre's offset from it and its radii, along u and v, in face units. */
    private record Shape(Landmark at, double du, double dv, double ru, double rv) {
    }

    private static final Shape[] SHAPES = {
        new Shape(RIGHT_EYE, 0, 0, 0.30, 0.16), new Shape(LEFT_EYE, 0, 0, 0.30, 0.16),
        new Shape(RIGHT_EYE, -0.03, -0.26, 0.34, 0.13), new Shape(LEFT_EYE, 0.03, -0.26, 0.34, 0.13),
        new Shape(NOSE_TIP, 0, 0.06, 0.27, 0.13),
        new Shape(MOUTH, 0, 0, 0.46, 0.22)
    };
    /** The soft edge beyond each ellipse, as a share of its radii. */
    static final double SOFT = 0.25;

    private FaceFeatures() {
    }

    /** The features of every face on a w × h grid, the faces in its pixel coordinates. */
    static Mask of(List<Face> faces, int w, int h) {
        Mask out = Mask.empty(w, h);
        for (Face face : faces) {
            FaceFrame frame = new FaceFrame(face);
            for (Shape s : SHAPES) {
                paint(out, frame, face.landmark(s.at()), s);
            }
        }
        return out;
    }

    private static void paint(Mask out, FaceFrame f, Face.Point at, Shape s) {
        double cu = f.u(at.x(), at.y()) + s.du();
        double cv = f.v(at.x(), at.y()) + s.dv();
        double reach = Math.max(s.ru(), s.rv()) * (1 + SOFT) * f.unit();
        double[] c = f.point(cu, cv);
        int x0 = Math.max(0, (int) Math.floor(c[0] - reach));
        int x1 = Math.min(out.width() - 1, (int) Math.ceil(c[0] + reach));
        int y0 = Math.max(0, (int) Math.floor(c[1] - reach));
        int y1 = Math.min(out.height() - 1, (int) Math.ceil(c[1] + reach));
        float[] v = out.values();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double du = (f.u(x + 0.5, y + 0.5) - cu) / s.ru();
                double dv = (f.v(x + 0.5, y + 0.5) - cv) / s.rv();
                float m = (float) Math.max(0, Math.min(1, (1 + SOFT - Math.hypot(du, dv)) / SOFT));
                v[y * out.width() + x] = Math.max(v[y * out.width() + x], m);
            }
        }
    }
}
