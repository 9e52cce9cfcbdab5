package io.latentretouch.imaging.io;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.IccProfiles;
import io.latentretouch.imaging.color.RgbColorSpace;
import io.latentretouch.imaging.color.StandardProfile;

/**
 * A decoded image: RGB planes in the source's own encoding (values 0..1, not converted to any other space), the ICC
 * profile that encoding is described by, and how many bits the file stored per sample.
 *
 * @param pixels        three planes, R, G, B
 * @param iccProfile    the embedded profile's bytes, or null for an untagged (sRGB) image
 * @param bitsPerSample 8 or 16 (32 for float TIFFs)
 * @param format        the format read: jpeg, png, tiff, psd or webp
 * @param alpha         the alpha channel, or null
 * @param notes         what reading did that the user should know: the first of several pages or frames, a colour
 *                      conversion, an orientation applied; empty when the file was read as it is
 */
public record ImageDocument(PlanarImage pixels, byte[] iccProfile, int bitsPerSample, String format, Mask alpha, List<String> notes) {

    /** @throws IllegalArgumentException when the pixels are not three planes or the alpha is not their size */
    public ImageDocument {
        if (pixels.channels() != 3) {
            throw new IllegalArgumentException("An image document holds three planes, R, G and B, not " + pixels.channels()
                    + " (a grey image has its value in all three; MaskFiles writes masks)");
        }
        if (alpha != null && (alpha.width() != pixels.width() || alpha.height() != pixels.height())) {
            throw new IllegalArgumentException("The alpha is " + alpha.width() + "×" + alpha.height() + ", the pixels " + pixels.width() + "×"
                    + pixels.height());
        }
        notes = List.copyOf(notes);
    }

    /** A document read as it is, with nothing to note. */
    public ImageDocument(PlanarImage pixels, byte[] iccProfile, int bitsPerSample, String format, Mask alpha) {
        this(pixels, iccProfile, bitsPerSample, format, alpha, List.of());
    }

    /**
     * The RGB encoding of the pixels; sRGB for untagged images.
     *
     * @throws IllegalArgumentException when the embedded profile is not a matrix/TRC RGB profile
     */
    public RgbColorSpace colorSpace() {
        return iccProfile == null ? StandardProfile.SRGB.space() : IccProfiles.parse(iccProfile);
    }

    /** The same document with other pixels (an operation's result), keeping profile, depth and format. */
    public ImageDocument withPixels(PlanarImage result) {
        return new ImageDocument(result, iccProfile, bitsPerSample, format, alpha, notes);
    }
}
