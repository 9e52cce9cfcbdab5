/**
 * RGB colour spaces from matrix/TRC ICC profiles (sRGB, Adobe RGB, Display P3 and their like), conversion to linear
 * light and to sRGB for the screen, in float and without clipping; and the standard profiles' bytes.
 */
package io.latentretouch.imaging.color;
