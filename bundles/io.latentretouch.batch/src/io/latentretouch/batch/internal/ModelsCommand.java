package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelFile;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.ModelInstallation;
import io.latentretouch.inference.models.ModelManager;

/**
 * {@code models [list]}, {@code models install FILE|FOLDER --id ID --licence L --source S --origin trained|algorithmic
 * [--version V] [--property KEY=VALUE]…}, {@code models remove ID}: the model manager on the command line.
 */
@Component(service = Command.class)
public final class ModelsCommand implements Command {

    @Reference
    private ModelManager manager;

    @Reference
    private ModelRegistry registry;

    @Reference
    private InferenceService engine;

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String summary() {
        return "list, install (FILE|FOLDER --id --licence --source --origin) or remove (ID) the models of the models folder";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String verb = args.isEmpty() ? "list" : args.get(0);
        try {
            switch (verb) {
                case "list" -> list(out);
                case "install" -> {
                    ModelDescriptor m = manager.install(source(args), installation(args.subList(2, args.size())));
                    out.printf("installed %s: %s, %s (family %s)%n", m.reference(), m.task().id(), m.origin().name().toLowerCase(Locale.ROOT),
                            m.family());
                }
                case "remove" -> {
                    manager.remove(args.size() == 2 ? args.get(1) : usage("models remove ID"));
                    out.println("removed " + args.get(1));
                }
                default -> throw new IllegalArgumentException("unknown models command '" + verb + "', expected list, install or remove");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("models: " + e.getMessage());
            return 2;
        } catch (InferenceException e) {
            out.println("models: " + e.getMessage());
            return 1;
        }
    }

    /** Every model with its family, task, licence, origin, size, hash, where it lives and its contract check. */
    private void list(PrintStream out) {
        out.printf("%-30s %-16s %-11s %-12s %-11s %9s  %-12s %-9s %s%n", "model", "task", "family", "licence", "origin", "MB", "sha256",
                "where", "contract");
        for (ModelDescriptor m : registry.models()) {
            out.printf("%-30s %-16s %-11s %-12s %-11s %9.1f  %-12s %-9s %s%n", m.reference(), m.task().id(), m.family(), m.licence(),
                    m.origin().name().toLowerCase(Locale.ROOT), size(m) / 1e6, m.sha256().substring(0, 12),
                    manager.removable(m) ? "installed" : "shipped", contract(m));
        }
        registry.problems().forEach(p -> out.println("refused: " + p));
    }

    private long size(ModelDescriptor m) {
        try {
            return registry.file(m).map(ModelFile::bytes).orElseGet(() -> (long) read(m));
        } catch (InferenceException e) {
            return 0;
        }
    }

    private int read(ModelDescriptor m) {
        try {
            return registry.read(m).capacity();
        } catch (InferenceException e) {
            return 0;
        }
    }

    private String contract(ModelDescriptor m) {
        if (m.task() == Task.GENERATION) {
            return "folder verified";
        }
        try {
            engine.load(m);
            return "passed";
        } catch (InferenceException e) {
            return "FAILED: " + e.getMessage();
        }
    }

    private static Path source(List<String> args) {
        Path source = Path.of(args.size() > 1 ? args.get(1) : usage("models install FILE|FOLDER --id ID --licence L --source S --origin O"));
        if (!Files.exists(source)) {
            throw new IllegalArgumentException(source + " does not exist");
        }
        return source;
    }

    static ModelInstallation installation(List<String> args) {
        Map<String, String> o = new HashMap<>(Map.of("--version", "1.0"));
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v = RetouchCommand.Options.value(args, ++i, a);
            switch (a) {
                case "--id", "--licence", "--source", "--origin", "--version" -> o.put(a, v);
                case "--property" -> {
                    if (!v.contains("=")) {
                        throw new IllegalArgumentException("--property takes KEY=VALUE, not '" + v + "'");
                    }
                    properties.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + a + ", expected --id, --licence, --source, --origin, --version or --property");
            }
        }
        if (o.get("--origin") == null) {
            throw new IllegalArgumentException("--origin trained|algorithmic is required: it decides how outputs are labelled");
        }
        return new ModelInstallation(o.get("--id"), o.get("--version"), o.get("--licence"), o.get("--source"), Origin.parse(o.get("--origin")),
                properties);
    }

    private static String usage(String line) {
        throw new IllegalArgumentException("usage: " + line);
    }
}
