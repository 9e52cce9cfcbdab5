package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.latentretouch.batch.Command;

/**
 * The entry point the headless launcher calls (a JDK type, so the launcher needs none of ours): dispatches the
 * command line to the {@link Command} named by its first argument, the default command when there is none.
 */
@Component(service = ToIntFunction.class, property = "io.latentretouch.main=true")
public final class HeadlessMain implements ToIntFunction<String[]> {

    static final String DEFAULT_COMMAND = "retouch";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<Command> commands = new CopyOnWriteArrayList<>();

    @Override
    public int applyAsInt(String[] args) {
        PrintStream out = System.out;
        Map<String, Command> byName = new TreeMap<>();
        commands.forEach(c -> byName.put(c.name(), c));
        String verb = args.length == 0 ? DEFAULT_COMMAND : args[0];
        if (verb.equals("help") || verb.equals("--help") || verb.equals("-h")) {
            out.println("usage: latent-retouch [COMMAND [ARGS...]]   (no command runs '" + DEFAULT_COMMAND + "')");
            byName.values().forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
            return 0;
        }
        Command command = byName.get(verb);
        if (command == null) {
            out.println("latent-retouch: unknown command '" + verb + "', expected one of " + byName.keySet() + " (or help)");
            return 2;
        }
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        return command.run(rest, out);
    }
}
