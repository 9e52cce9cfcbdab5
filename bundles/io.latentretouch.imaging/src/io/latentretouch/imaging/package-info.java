/**
 * The pixel model: planar float images in channel-height-width order (the layout of NCHW tensors), masks and regions.
 * Pure Java; nothing here knows files, colour profiles on disk or inference engines.
 */
package io.latentretouch.imaging;
