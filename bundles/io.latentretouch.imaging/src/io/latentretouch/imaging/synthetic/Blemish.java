package io.latentretouch.imaging.synthetic;

/**
 * A planted spot: a Gaussian darkening of the skin.
 *
 * @param x      centre, pixels
 * @param y      centre, pixels
 * @param radius standard deviation of the spot, pixels
 * @param depth  how much darker the centre is (fraction of the skin value)
 */
public record Blemish(int x, int y, double radius, double depth) {
}
