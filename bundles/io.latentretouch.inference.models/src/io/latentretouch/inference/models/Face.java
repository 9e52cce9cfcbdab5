package io.latentretouch.inference.models;

import java.util.Arrays;
import java.util.List;

/**
 * A face in an image, in the image's pixel coordinates: its box, the six landmarks a face detector locates, how sure
 * the detector was, and whether a person drew it. Immutable; any thread.
 *
 * @param x         left edge of the box
 * @param y         top edge of the box
 * @param width     box width
 * @param height    box height
 * @param landmarks one point per {@link Landmark}, in its order
 * @param score     the detector's confidence, 0..1 (1 for a face drawn by hand)
 * @param manual    drawn by hand, its landmarks estimated from the box
 */
public record Face(double x, double y, double width, double height, List<Point> landmarks, double score, boolean manual) {

    /** A point in pixel coordinates. */
    public record Point(double x, double y) {
        public double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }
    }

    /** The landmarks, in the detector's order; "right" is the subject's right, on the image's left in a frontal face. */
    public enum Landmark {
        RIGHT_EYE, LEFT_EYE, NOSE_TIP, MOUTH, RIGHT_EAR, LEFT_EAR
    }

    /** Where the landmarks of an upright frontal face lie in its box, as fractions of its width and height. */
    private static final double[][] FRONTAL = {{0.255, 0.25}, {0.745, 0.25}, {0.5, 0.45}, {0.5, 0.68}, {0.0, 0.32}, {1.0, 0.32}};

    public Face {
        landmarks = List.copyOf(landmarks);
        if (landmarks.size() != Landmark.values().length) {
            throw new IllegalArgumentException("A face has " + Landmark.values().length + " landmarks, not " + landmarks.size());
        }
    }

    /** A face drawn by hand: the box as given, the landmarks where they lie in an upright frontal face. */
    public static Face manual(double x, double y, double width, double height) {
        List<Point> points = Arrays.stream(FRONTAL).map(f -> new Point(x + f[0] * width, y + f[1] * height)).toList();
        return new Face(x, y, width, height, points, 1, true);
    }

    public Point landmark(Landmark l) {
        return landmarks.get(l.ordinal());
    }

    /** The inter-ocular distance: from eye to eye, in pixels. */
    public double iod() {
        return landmark(Landmark.RIGHT_EYE).distance(landmark(Landmark.LEFT_EYE));
    }

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** The same face in an image scaled by {@code scale} and then shifted by (dx, dy), e.g. a view of the image. */
    public Face mapped(double scale, double dx, double dy) {
        List<Point> points = landmarks.stream().map(p -> new Point(p.x * scale + dx, p.y * scale + dy)).toList();
        return new Face(x * scale + dx, y * scale + dy, width * scale, height * scale, points, score, manual);
    }

    /** The overlap of both boxes over their union, 0..1. */
    public double iou(Face o) {
        double ix = Math.max(0, Math.min(x + width, o.x + o.width) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + height, o.y + o.height) - Math.max(y, o.y));
        double inter = ix * iy;
        return inter / (width * height + o.width * o.height - inter);
    }
}
