/**
 * RGB colour spaces from matrix/TRC ICC profiles (sRGB, Adobe RGB, Display P3 and their like), conversion to linear
 * light and to sRGB for the screen, in float and without clipping; and the standard profiles' bytes.
 */
@Version("1.0.0")
package io.latentretouch.imaging.color;

import org.osgi.annotation.versioning.Version;
