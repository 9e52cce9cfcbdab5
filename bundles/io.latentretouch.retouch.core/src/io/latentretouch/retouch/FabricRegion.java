package io.latentretouch.retouch;

/** Where a fabric step acts. */
public enum FabricRegion {
    /** The region given when applying: painted or imported by the user, or none (the step is then skipped). */
    GIVEN("given"),
    /** The whole image: flat lays and product shots, where everything is fabric. */
    WHOLE_IMAGE("whole-image"),
    /** The garments an installed segmentation model finds (a face-parsing model's cloth class); skipped without one. */
    GARMENTS("garments");

    private final String id;

    FabricRegion(String id) {
        this.id = id;
    }

    /** The name in recipe files and on the command line. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the valid names */
    public static FabricRegion parse(String id) {
        for (FabricRegion r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown fabric region '" + id + "', expected one of given, whole-image, garments");
    }
}
