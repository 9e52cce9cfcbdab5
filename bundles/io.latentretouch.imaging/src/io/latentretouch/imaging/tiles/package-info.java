/**
 * Overlapping tiles with feathered blending: how a fully convolutional model runs over an image of any size in a
 * fixed memory budget without seams.
 */
@Version("1.0.0")
package io.latentretouch.imaging.tiles;

import org.osgi.annotation.versioning.Version;
