package io.latentretouch.inference;

import java.util.List;
import java.util.Optional;

/**
 * Name, type and shape of one model input or output. A dimension is a number for a fixed size or a symbol (such as
 * {@code H}) for a size the model accepts freely; engines report free dimensions as {@code ?}.
 *
 * @param name  the tensor's name in the model
 * @param type  element type
 * @param dims  dimensions, outermost first
 */
public record TensorSpec(String name, DType type, List<String> dims) {

    public TensorSpec {
        dims = List.copyOf(dims);
    }

    /** Convenience: {@code TensorSpec.of("image", FLOAT32, "1", "3", "H", "W")}. */
    public static TensorSpec of(String name, DType type, String... dims) {
        return new TensorSpec(name, type, List.of(dims));
    }

    /** Reads like {@code float32 [1,3,H,W]}. */
    public String describe() {
        return type + " [" + String.join(",", dims) + "]";
    }

    /**
     * Checks that {@code actual} (read from a model) satisfies this expectation: same type and rank, fixed
     * dimensions equal or free in the model.
     *
     * @return what differs, in words, or empty when it satisfies it
     */
    public Optional<String> mismatch(TensorSpec actual) {
        boolean ok = type == actual.type && dims.size() == actual.dims.size();
        for (int i = 0; ok && i < dims.size(); i++) {
            String want = dims.get(i);
            String got = actual.dims.get(i);
            ok = !isFixed(want) || !isFixed(got) || want.equals(got);
        }
        return ok ? Optional.empty() : Optional.of(actual.describe() + ", expected " + describe());
    }

    private static boolean isFixed(String dim) {
        return !dim.isEmpty() && dim.chars().allMatch(Character::isDigit);
    }
}
