/**
 * Overlapping tiles with feathered blending: how a fully convolutional model runs over an image of any size in a
 * fixed memory budget without seams.
 */
package io.latentretouch.imaging.tiles;
