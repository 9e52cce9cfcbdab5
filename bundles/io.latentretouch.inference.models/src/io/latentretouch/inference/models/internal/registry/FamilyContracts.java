package io.latentretouch.inference.models.internal.registry;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.UINT8;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.latentretouch.inference.Contract;
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

    static Optional<Contract> of(String family) {
        return Optional.ofNullable(CONTRACTS.get(family));
    }
}
