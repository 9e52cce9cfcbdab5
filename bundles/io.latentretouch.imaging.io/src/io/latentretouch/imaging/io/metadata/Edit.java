package io.latentretouch.imaging.io.metadata;

/**
 * One thing done to an image, as disclosure sees it.
 *
 * @param kind      how generative it was
 * @param operation what it was, e.g. {@code imperfection level 1.0}
 */
public record Edit(Kind kind, String operation) {

    /** How generative an edit was. */
    public enum Kind {
        /** A person's edit without a model (a mask stroke, a crop). */
        MANUAL,
        /** An analytic model: filters and pyramids, nothing learnt. */
        ALGORITHMIC,
        /** A trained model generated a region (inpainting). */
        TRAINED_REGION,
        /** A trained model generated the whole image. */
        TRAINED_WHOLE
    }
}
