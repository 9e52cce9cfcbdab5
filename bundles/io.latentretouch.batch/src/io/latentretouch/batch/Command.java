package io.latentretouch.batch;

import java.io.PrintStream;
import java.util.List;

/** A verb of the headless command line, registered as a service. Called on the launcher's main thread. */
public interface Command {

    /** The verb, e.g. {@code check}. */
    String name();

    /** One line for the help listing. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the verb
     * @param out  where to print results; errors go to it too, as one clear line each
     * @return the process exit code: 0 for success
     */
    int run(List<String> args, PrintStream out);
}
