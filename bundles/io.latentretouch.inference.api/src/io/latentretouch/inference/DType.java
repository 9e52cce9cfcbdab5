package io.latentretouch.inference;

/** Element types a tensor may hold, with their size in bytes and the names used in model manifests. */
public enum DType {
    FLOAT32("float32", 4),
    FLOAT16("float16", 2),
    UINT8("uint8", 1),
    INT32("int32", 4),
    INT64("int64", 8);

    private final String label;
    private final int bytes;

    DType(String label, int bytes) {
        this.label = label;
        this.bytes = bytes;
    }

    /** Size of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** The manifest name, e.g. {@code float32}. */
    public String label() {
        return label;
    }

    /**
     * Parses a manifest name.
     *
     * @throws IllegalArgumentException naming the valid names when {@code label} is none of them
     */
    public static DType parse(String label) {
        for (DType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown tensor type '" + label + "', expected one of float32, float16, uint8, int32, int64");
    }

    @Override
    public String toString() {
        return label;
    }
}
