package io.latentretouch.assets;

/** A colour label, as Lightroom's and digiKam's (one per asset; a workflow state the studio defines). */
public enum Label {
    NONE, RED, YELLOW, GREEN, BLUE, PURPLE
}
