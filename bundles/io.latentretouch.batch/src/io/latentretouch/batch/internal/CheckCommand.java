package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelFile;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/**
 * {@code check}: lists the engine and every registered model with the provider that runs it, its load time and one
 * run's time on a small input. Exit 1 if any fails.
 */
@Component(service = Command.class)
public final class CheckCommand implements Command {

    private static final Set<Task> COMPONENTS = EnumSet.of(Task.TEXT_ENCODER, Task.DENOISER, Task.LATENT_DECODER,
            Task.LATENT_ENCODER);

    /** Size given to free dimensions of the probe inputs. */
    private static final int FREE_DIM = 64;

    @Reference
    private InferenceService inference;

    @Reference
    private ModelRegistry registry;

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "check the installation: engine, models (hash and contract), one run of each";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        out.println("engine: " + inference.describe());
        int failed = 0;
        for (ModelDescriptor model : registry.models()) {
            try {
                String head = String.format("model %-28s %-16s %-11s ", model.reference(), model.task().id(),
                        model.origin().name().toLowerCase());
                if (model.task() == Task.GENERATION) {
                    long bytes = registry.file(model).map(ModelFile::bytes).orElse(0L);
                    out.printf("%sfolder verified (%.1f MB of tokenizer, scheduler and configs)%n", head, bytes / 1e6);
                    continue;
                }
                long start = System.nanoTime();
                Contract contract = inference.load(model);
                long loaded = System.nanoTime();
                if (COMPONENTS.contains(model.task())) {
                    // a generation component is probed by loading: one run of a real UNet takes minutes on a CPU
                    out.printf("%son %-4s loaded in %6.1f ms, not run (generate runs it)%n", head,
                            inference.provider(model), (loaded - start) / 1e6);
                    continue;
                }
                Map<String, Tensor> outputs = inference.run(model, probeInputs(contract), RunMonitor.NONE);
                out.printf("%son %-4s loaded in %6.1f ms, ran in %6.1f ms -> %s%n", head, inference.provider(model),
                        (loaded - start) / 1e6, (System.nanoTime() - loaded) / 1e6, outputs.keySet());
            } catch (InferenceException e) {
                failed++;
                out.printf("model %-28s FAILED (%s): %s%n", model.reference(), e.code(), e.getMessage());
            }
        }
        registry.problems().forEach(p -> out.println("refused: " + p));
        int problems = failed + registry.problems().size();
        out.println(problems == 0 ? "check: all " + registry.models().size() + " models ran" : "check: " + problems + " problem(s)");
        return problems == 0 && !registry.models().isEmpty() ? 0 : 1;
    }

    /**
     * Mid-grey images, full masks, neutral scalars, shaped as the model file declares them (a family contract may
     * leave a size open that the file fixes): inputs any model of the contract accepts.
     */
    static Map<String, Tensor> probeInputs(Contract actual) {
        Map<String, Tensor> inputs = new HashMap<>();
        for (TensorSpec spec : actual.inputs()) {
            long[] shape = spec.dims().stream().mapToLong(d -> d.chars().allMatch(Character::isDigit) ? Long.parseLong(d) : FREE_DIM).toArray();
            Tensor t = Tensor.allocate(spec.type(), shape);
            switch (spec.type()) {
                case FLOAT32 -> {
                    java.nio.FloatBuffer f = t.floats();
                    float value = spec.name().equals("level") ? 3f : 0.5f;
                    for (int i = 0; i < f.limit(); i++) {
                        f.put(i, value);
                    }
                }
                case UINT8 -> {
                    java.nio.ByteBuffer b = t.bytes();
                    for (int i = 0; i < b.limit(); i++) {
                        b.put(i, (byte) 128);
                    }
                }
                default -> { }
            }
            inputs.put(spec.name(), t);
        }
        return inputs;
    }
}
