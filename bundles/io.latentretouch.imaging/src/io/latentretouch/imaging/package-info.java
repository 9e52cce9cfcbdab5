/**
 * The pixel model: planar float images in channel-height-width order (the layout of NCHW tensors), masks and regions.
 * Pure Java; nothing here knows files, colour profiles on disk or inference engines.
 */
@Version("1.2.0")
package io.latentretouch.imaging;

import org.osgi.annotation.versioning.Version;
