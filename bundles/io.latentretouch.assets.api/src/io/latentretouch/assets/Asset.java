package io.latentretouch.assets;

/**
 * An image the catalog knows: an original or a variant made from one.
 *
 * @param uuid   its identity across catalogs ({@code xmpMM:DocumentID} of its file)
 * @param rating -1 rejected, 0 none, 1 … 5 stars
 * @param ai     whether any of its pixels were made or changed by an algorithm or model (disclosed in its metadata)
 * @param label  its colour label
 */
public record Asset(long id, String uuid, Kind kind, String name, int rating, boolean ai, Label label) {

    /** Original (a capture) or variant (made from one). */
    public enum Kind {
        ORIGINAL, VARIANT
    }

    /** An asset without a label (the form of catalog API 1.0). */
    public Asset(long id, String uuid, Kind kind, String name, int rating, boolean ai) {
        this(id, uuid, kind, name, rating, ai, Label.NONE);
    }
}
