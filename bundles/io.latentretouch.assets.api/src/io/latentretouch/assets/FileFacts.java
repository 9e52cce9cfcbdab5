package io.latentretouch.assets;

/**
 * What the catalog records of a file.
 *
 * @param mtime  last modification, milliseconds since the epoch
 * @param sha256 of its bytes, lower-case hex
 * @param format jpeg, png, tiff…
 */
public record FileFacts(long size, long mtime, String sha256, String format, int width, int height) {
}
