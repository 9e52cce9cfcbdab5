package io.latentretouch.imaging.io;

/** How large an image shows, upright, in pixels. @since 1.5 */
public record ImageSize(int width, int height) {
}
