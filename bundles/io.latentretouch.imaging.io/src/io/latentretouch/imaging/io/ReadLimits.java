package io.latentretouch.imaging.io;

/**
 * Guards applied before any pixel buffer is allocated.
 *
 * @param maxPixels largest width × height accepted
 */
public record ReadLimits(long maxPixels) {

    /** 250 megapixels: a 100 MP medium-format frame with room; about 3 GB as float RGB. */
    public static final ReadLimits DEFAULT = new ReadLimits(250_000_000L);
}
