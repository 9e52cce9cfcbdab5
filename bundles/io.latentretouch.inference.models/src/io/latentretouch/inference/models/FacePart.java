package io.latentretouch.inference.models;

/**
 * The parts of a portrait a face-parsing model tells apart (BiSeNet's CelebAMask-HQ classes, left and right taken
 * together), for masks of a part: the hair to groom, the clothes to press, the background to replace.
 */
public enum FacePart {
    BACKGROUND("Background"),
    SKIN("Skin"),
    BROWS("Brows"),
    EYES("Eyes"),
    GLASSES("Glasses"),
    EARS("Ears"),
    EARRINGS("Earrings"),
    NOSE("Nose"),
    MOUTH("Mouth"),
    LIPS("Lips"),
    NECK("Neck"),
    NECKLACE("Necklace"),
    CLOTH("Clothes"),
    HAIR("Hair"),
    HAT("Hat");

    private final String label;

    FacePart(String label) {
        this.label = label;
    }

    /** The part's name as a menu shows it. */
    public String label() {
        return label;
    }
}
