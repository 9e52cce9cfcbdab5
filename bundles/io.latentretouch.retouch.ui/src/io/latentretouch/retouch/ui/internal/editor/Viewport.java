package io.latentretouch.retouch.ui.internal.editor;

import io.latentretouch.imaging.Region;

/**
 * Zoom and pan: which part of the image the canvas shows at what scale. Screen point (sx, sy) shows image point
 * ((sx − offsetX) / zoom, (sy − offsetY) / zoom).
 */
final class Viewport {

    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 8;

    private final int imageWidth;
    private final int imageHeight;
    double zoom = 1;
    double offsetX;
    double offsetY;

    Viewport(int imageWidth, int imageHeight) {
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    /** The whole image, centred. */
    void fit(int canvasWidth, int canvasHeight) {
        zoom = Math.min(canvasWidth / (double) imageWidth, canvasHeight / (double) imageHeight);
        offsetX = (canvasWidth - imageWidth * zoom) / 2;
        offsetY = (canvasHeight - imageHeight * zoom) / 2;
    }

    /** Zooms to {@code z}, keeping the image point under (sx, sy) where it is. */
    void zoomAt(double z, int sx, int sy) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        double ix = (sx - offsetX) / zoom;
        double iy = (sy - offsetY) / zoom;
        zoom = clamped;
        offsetX = sx - ix * zoom;
        offsetY = sy - iy * zoom;
    }

    void pan(int dx, int dy) {
        offsetX += dx;
        offsetY += dy;
    }

    double imageX(int sx) {
        return (sx - offsetX) / zoom;
    }

    double imageY(int sy) {
        return (sy - offsetY) / zoom;
    }

    /** The part of the image visible in a canvas of this size, or an empty region when none is. */
    Region visible(int canvasWidth, int canvasHeight) {
        int x0 = (int) Math.max(0, Math.floor(imageX(0)));
        int y0 = (int) Math.max(0, Math.floor(imageY(0)));
        int x1 = (int) Math.min(imageWidth, Math.ceil(imageX(canvasWidth)));
        int y1 = (int) Math.min(imageHeight, Math.ceil(imageY(canvasHeight)));
        return x1 <= x0 || y1 <= y0 ? new Region(0, 0, 0, 0) : new Region(x0, y0, x1 - x0, y1 - y0);
    }

    /** Display size of a region: at most the screen pixels it covers, so a view never holds more than the screen. */
    int[] displaySize(Region r) {
        double s = Math.min(1, zoom);
        return new int[] {Math.max(1, (int) Math.round(r.width() * s)), Math.max(1, (int) Math.round(r.height() * s))};
    }
}
