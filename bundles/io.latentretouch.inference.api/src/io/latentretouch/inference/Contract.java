package io.latentretouch.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inputs and outputs a model has or must have.
 *
 * @param inputs  input tensors in model order
 * @param outputs output tensors in model order
 */
public record Contract(List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public Contract {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * Compares the contract a model really has with this one, the expected.
     *
     * @param actual   what the model declares
     * @param taskName how to name the expectation in the sentence, e.g. "the inpaint task"
     * @return one sentence per problem, empty when the model fits
     */
    public List<String> mismatches(Contract actual, String taskName) {
        List<String> problems = new ArrayList<>();
        compare("input", inputs, actual.inputs, taskName, problems);
        compare("output", outputs, actual.outputs, taskName, problems);
        return problems;
    }

    private static void compare(String kind, List<TensorSpec> expected, List<TensorSpec> actual, String taskName,
            List<String> problems) {
        for (TensorSpec want : expected) {
            Optional<TensorSpec> got = actual.stream().filter(s -> s.name().equals(want.name())).findFirst();
            if (got.isEmpty()) {
                problems.add("the model has no " + kind + " '" + want.name() + "' (it has "
                        + actual.stream().map(TensorSpec::name).toList() + "), " + taskName + " expects "
                        + want.describe());
            } else if (want.mismatch(got.get()).isPresent()) {
                problems.add(kind + " '" + want.name() + "' is " + got.get().describe() + ", " + taskName
                        + " expects " + want.describe());
            }
        }
    }
}
