package io.latentretouch.inference.onnx.internal;

import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/** Checks of what goes into and comes out of a run, each failing with a sentence that names the tensor. */
final class TensorChecks {

    /** All exponent bits set: NaN or infinity. */
    private static final int FLOAT_EXPONENT = 0x7f800000;

    private TensorChecks() {
    }

    /** Checks the tensors given for the model's inputs (or, for pinned outputs, its outputs) against its specs. */
    static void given(String modelId, String kind, List<TensorSpec> specs, Map<String, Tensor> given, long budget)
            throws InferenceException {
        matchNames(modelId, kind, specs, given);
        for (TensorSpec spec : specs) {
            Tensor t = given.get(spec.name());
            shape(modelId, kind, spec, t);
            budget(spec.name(), t, budget);
        }
    }

    static void budget(String name, Tensor t, long budget) throws InferenceException {
        long bytes = t.elementCount() * t.type().bytes();
        if (bytes > budget) {
            throw new InferenceException(Code.OVER_BUDGET, "Tensor '" + name + "' (" + t + ", " + (bytes >> 20)
                    + " MiB) exceeds the tensor budget of " + (budget >> 20) + " MiB; run the image in tiles or raise the budget");
        }
    }

    /** NaN or infinity in a float output means the model (or its input) is broken; nothing downstream may use it. */
    static void finite(String modelId, String name, Tensor t) throws InferenceException {
        long bad = switch (t.type()) {
            case FLOAT32 -> firstNonFinite(t.bytes().asIntBuffer());
            case FLOAT16 -> firstNonFinite(t.halfs());
            default -> -1;
        };
        if (bad >= 0) {
            throw new InferenceException(Code.BAD_OUTPUT, "Model '" + modelId + "' produced NaN or infinity in output '"
                    + name + "' (first at element " + bad + "); its result was discarded");
        }
    }

    private static void matchNames(String modelId, String kind, List<TensorSpec> specs, Map<String, Tensor> given)
            throws InferenceException {
        List<String> names = specs.stream().map(TensorSpec::name).toList();
        for (String name : given.keySet()) {
            if (!names.contains(name)) {
                throw new InferenceException(Code.BAD_INPUT, "Unknown " + kind + " '" + name + "' for model '" + modelId + "', expected one of " + names);
            }
        }
        for (String name : names) {
            if (!given.containsKey(name)) {
                throw new InferenceException(Code.BAD_INPUT, "Missing " + kind + " '" + name + "' for model '" + modelId + "', it takes " + names);
            }
        }
    }

    private static void shape(String modelId, String kind, TensorSpec spec, Tensor t) throws InferenceException {
        List<String> dims = new ArrayList<>();
        for (long d : t.shape()) {
            dims.add(Long.toString(d));
        }
        Optional<String> problem = spec.mismatch(new TensorSpec(spec.name(), t.type(), dims));
        if (problem.isPresent()) {
            throw new InferenceException(Code.BAD_INPUT, "The " + kind + " '" + spec.name() + "' given to model '" + modelId + "' is " + problem.get());
        }
    }

    /**
     * Index of the first NaN or infinity among float32 bit patterns, or −1. Works on the raw bits in chunks so that
     * the exponent test vectorises: scanning 12 MB costs about a millisecond, not a run's worth.
     */
    private static long firstNonFinite(IntBuffer bits) {
        int[] chunk = new int[1 << 16];
        for (int start = 0; start < bits.limit(); start += chunk.length) {
            int n = Math.min(chunk.length, bits.limit() - start);
            bits.get(start, chunk, 0, n);
            int exponent = 0;
            for (int i = 0; i < n; i++) {
                exponent = Math.max(exponent, chunk[i] & FLOAT_EXPONENT);
            }
            if (exponent == FLOAT_EXPONENT) {
                for (int i = 0; i < n; i++) {
                    if ((chunk[i] & FLOAT_EXPONENT) == FLOAT_EXPONENT) {
                        return start + i;
                    }
                }
            }
        }
        return -1;
    }

    private static long firstNonFinite(ShortBuffer b) {
        for (int i = 0, n = b.limit(); i < n; i++) {
            if ((b.get(i) & 0x7C00) == 0x7C00) {
                return i;
            }
        }
        return -1;
    }
}
