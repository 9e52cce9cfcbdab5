package io.latentretouch.retouch.ui.internal.editor;

/**
 * The canvas tool: the hand pans, the brush adds to the edited mask or erases from it, with a size, hardness and
 * opacity (SWT reports no pen pressure on any platform, so a stroke keeps them from start to end); the
 * rectangle, ellipse and lasso add a shape to it, the magic wand the region of similar colour around a click; the face
 * tool draws a face box where the detector missed one, or removes one
 * with a click.
 */
final class Brush {

    enum Tool {
        HAND, ADD, ERASE, FACE, RECTANGLE, ELLIPSE, LASSO, WAND;

        /** Whether the tool is dragged as a box. */
        boolean boxes() {
            return this == FACE || this == RECTANGLE || this == ELLIPSE;
        }
    }

    private static final double STEP = 1.25;
    private static final double MIN_RADIUS = 1;
    /** The magic wand's colour tolerance to begin with: 10 % of the range in each channel. */
    static final double DEFAULT_TOLERANCE = 0.1;

    private Tool tool = Tool.HAND;
    private double radius;
    private final double maxRadius;
    private double hardness = 0.5;
    private double opacity = 1;
    private double tolerance = DEFAULT_TOLERANCE;

    /** A brush for an image of this size: a radius of 2 % of its long side to begin with. */
    Brush(int imageWidth, int imageHeight) {
        int side = Math.max(imageWidth, imageHeight);
        radius = Math.max(MIN_RADIUS, side * 0.02);
        maxRadius = Math.max(MIN_RADIUS, side / 4.0);
    }

    Tool tool() {
        return tool;
    }

    void use(Tool t) {
        tool = t;
    }

    boolean paints() {
        return tool == Tool.ADD || tool == Tool.ERASE;
    }

    /** Radius in image pixels. */
    double radius() {
        return radius;
    }

    /** The magic wand's colour tolerance, 0..1 of the range in each channel. */
    double tolerance() {
        return tolerance;
    }

    void setTolerance(double t) {
        tolerance = Math.max(0, Math.min(1, t));
    }

    void setRadius(double r) {
        radius = Math.max(MIN_RADIUS, Math.min(maxRadius, r));
    }

    void larger() {
        radius = Math.min(maxRadius, radius * STEP);
    }

    void smaller() {
        radius = Math.max(MIN_RADIUS, radius / STEP);
    }

    /** 0 (soft edge over the whole radius) … 1 (hard edge). */
    double hardness() {
        return hardness;
    }

    void setHardness(double h) {
        hardness = Math.max(0, Math.min(1, h));
    }

    /** 0 … 1: the most a stroke selects (or deselects), however often it passes over a pixel. */
    double opacity() {
        return opacity;
    }

    void setOpacity(double o) {
        opacity = Math.max(0.01, Math.min(1, o));
    }

    void harder() {
        hardness = Math.min(1, Math.round(hardness * 10 + 1) / 10.0);
    }

    void softer() {
        hardness = Math.max(0, Math.round(hardness * 10 - 1) / 10.0);
    }
}
