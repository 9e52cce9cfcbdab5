package io.latentretouch.inference.models.internal.faces;

/** A square of an image in its pixel coordinates; it may reach outside the image, which then reads as black. */
record Square(double x, double y, double side) {

    /** The image letterboxed: the square around it, centred, as wide as its long side. */
    static Square around(int width, int height) {
        double side = Math.max(width, height);
        return new Square((width - side) / 2, (height - side) / 2, side);
    }

    /** The square of {@code side} centred on (cx, cy). */
    static Square centred(double cx, double cy, double side) {
        return new Square(cx - side / 2, cy - side / 2, side);
    }
}
