package io.latentretouch.inference.models.internal.registry;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.UINT8;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.inference.Contract;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.TensorSpec;

/**
 * The inputs and outputs of the public model families, so that the manifest of such a model need not list them. A
 * model file that differs is still refused when it loads, with the difference in words.
 */
final class FamilyContracts {

    private static final Map<String, Contract> CONTRACTS = Map.of(
            "blazeface", new Contract(List.of(TensorSpec.of("input:0", FLOAT32, "1", "S", "S", "3")),
                    List.of(TensorSpec.of("Identity:0", FLOAT32, "1", "512", "1"), TensorSpec.of("Identity_1:0", FLOAT32, "1", "384", "1"),
                            TensorSpec.of("Identity_2:0", FLOAT32, "1", "512", "16"), TensorSpec.of("Identity_3:0", FLOAT32, "1", "384", "16"))),
            "lama", new Contract(
                    List.of(TensorSpec.of("image", FLOAT32, "B", "3", "512", "512"), TensorSpec.of("mask", FLOAT32, "B", "1", "512", "512")),
                    List.of(TensorSpec.of("output", FLOAT32, "B", "3", "512", "512"))),
            "lama4", new Contract(List.of(TensorSpec.of("input", FLOAT32, "1", "4", "H", "W")),
                    List.of(TensorSpec.of("output", FLOAT32, "1", "3", "H", "W"))),
            "migan", new Contract(
                    List.of(TensorSpec.of("image", UINT8, "B", "3", "H", "W"), TensorSpec.of("mask", UINT8, "B", "1", "H", "W")),
                    List.of(TensorSpec.of("result", UINT8, "B", "3", "H", "W"))),
            "realesrgan", new Contract(List.of(TensorSpec.of("input", FLOAT32, "B", "3", "h", "w")),
                    List.of(TensorSpec.of("output", FLOAT32, "B", "3", "H", "W"))),
            // a diffusers folder's components differ by export (timestep type, channels): the generator reads them
            "diffusers", new Contract(List.of(), List.of()),
            "bisenet", new Contract(List.of(TensorSpec.of("input", FLOAT32, "1", "3", "512", "512")),
                    List.of(TensorSpec.of("output", FLOAT32, "1", "19", "512", "512"))));

    private FamilyContracts() {
    }

    /** The task each family serves, for a manifest written when a model is installed. */
    private static final Map<String, Task> TASKS = Map.of("blazeface", Task.FACE_DETECTION, "lama", Task.INPAINT,
            "lama4", Task.INPAINT, "migan", Task.INPAINT, "realesrgan", Task.SUPER_RESOLUTION, "bisenet", Task.FACE_PARSING);

    /** A family a model's inputs and outputs fit, its task and what the contract tells of its settings. */
    record Detected(String family, Task task, Map<String, String> properties) {
    }

    static Optional<Contract> of(String family) {
        return Optional.ofNullable(CONTRACTS.get(family));
    }

    /** The family whose inputs and outputs the actual ones fit by name, type and fixed dimensions, if one does. */
    static Optional<Detected> detect(Contract actual) {
        return TASKS.keySet().stream().sorted().filter(f -> fits(CONTRACTS.get(f), actual)).findFirst()
                .map(f -> new Detected(f, TASKS.get(f), properties(f, actual)));
    }

    /** The families a model can be detected as, for the message when it fits none. */
    static List<String> detectable() {
        return TASKS.keySet().stream().sorted().toList();
    }

    private static boolean fits(Contract want, Contract actual) {
        return fits(want.inputs(), actual.inputs()) && fits(want.outputs(), actual.outputs());
    }

    private static boolean fits(List<TensorSpec> want, List<TensorSpec> actual) {
        if (want.size() != actual.size()) {
            return false;
        }
        for (TensorSpec w : want) {
            if (actual.stream().noneMatch(a -> a.name().equals(w.name()) && w.mismatch(a).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** BlazeFace's range from its input side (128: short, 192 or 256: full); Real-ESRGAN's scale is not in its contract. */
    private static Map<String, String> properties(String family, Contract actual) {
        if (family.equals("blazeface")) {
            String side = actual.inputs().get(0).dims().get(1);
            return Map.of("range", side.equals("128") ? "short" : "full");
        }
        return family.equals("realesrgan") ? Map.of("scale", "4") : Map.of();
    }
}
