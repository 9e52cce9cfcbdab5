package io.latentretouch.imaging.io.metadata;

/** Where an image is published: each market has its own rules for labelling retouched and generated images. */
public enum Market {
    /**
     * France, décret 2017-738: commercial photographs whose body silhouette was altered carry "Photographie
     * retouchée".
     */
    FRANCE,
    /**
     * Norway, marketing act § 2 (since 1 July 2022): advertising where a body's shape, size or skin was retouched
     * carries the standard label "Retusjert person".
     */
    NORWAY,
    /** European Union, AI Act article 50: AI-generated content is marked in a machine-readable way. */
    EU
}
