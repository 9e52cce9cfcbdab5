package io.latentretouch.retouch.internal;

import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.Face.Landmark;

/**
 * A face's own coordinates: u along the line from its right eye to its left (to the image's right in an upright
 * face), v down the face across it, both in units of the face's size, from the point between the eyes. The size is the
 * inter-ocular distance (IOD), or a share of the box where the eyes are foreshortened (a face turned to profile).
 */
final class FaceFrame {

    /** A frontal face's IOD is about half of its detector box; below this share of it the face is turned. */
    static final double IOD_PER_BOX = 0.42;

    private final double unit;
    private final double ox;
    private final double oy;
    private final double ex;
    private final double ey;

    FaceFrame(Face face) {
        Face.Point r = face.landmark(Landmark.RIGHT_EYE);
        Face.Point l = face.landmark(Landmark.LEFT_EYE);
        double dx = l.x() - r.x();
        double dy = l.y() - r.y();
        double length = Math.hypot(dx, dy);
        unit = unit(face);
        ox = (r.x() + l.x()) / 2;
        oy = (r.y() + l.y()) / 2;
        ex = length > 0 ? dx / length : 1;
        ey = length > 0 ? dy / length : 0;
    }

    /** The size every skin scale of this face is a fraction of, in pixels. */
    static double unit(Face face) {
        return Math.max(face.iod(), IOD_PER_BOX * Math.max(face.width(), face.height()));
    }

    double unit() {
        return unit;
    }

    /** u of the image point (x, y). */
    double u(double x, double y) {
        return ((x - ox) * ex + (y - oy) * ey) / unit;
    }

    /** v of the image point (x, y). */
    double v(double x, double y) {
        return (-(x - ox) * ey + (y - oy) * ex) / unit;
    }

    /** The image point at (u, v): x, then y. */
    double[] point(double u, double v) {
        return new double[] {ox + unit * (u * ex - v * ey), oy + unit * (u * ey + v * ex)};
    }
}
