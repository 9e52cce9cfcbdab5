/**
 * Reading and writing image files without losing precision or colour: JPEG (baseline, progressive, CMYK), PNG and
 * TIFF in 8 and 16 bits, PSD (flattened) and WebP in; JPEG, 16-bit PNG and 16-bit TIFF out, with the source's ICC
 * profile and metadata. Every write is atomic. Errors are {@link io.latentretouch.imaging.io.ImageIoException}s that
 * name the file.
 */
@Version("1.6.0")
package io.latentretouch.imaging.io;

import org.osgi.annotation.versioning.Version;
