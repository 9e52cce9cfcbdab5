package io.latentretouch.workbench.ui.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Opens each Latent Retouch perspective in the running workbench, prints one line per perspective and closes the
 * workbench. Exit code 0 when every perspective opened, 1 otherwise. Runs on the UI thread.
 */
final class InstallVerifier {

    private static final String PREFIX = "io.latentretouch.";

    private final PrintStream out;
    private int exitCode = 1;

    InstallVerifier(PrintStream out) {
        this.out = out;
    }

    int exitCode() {
        return exitCode;
    }

    void verify(IWorkbench workbench) {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        List<IPerspectiveDescriptor> ours = Arrays.stream(workbench.getPerspectiveRegistry().getPerspectives())
                .filter(d -> d.getId().startsWith(PREFIX)).toList();
        int opened = 0;
        for (IPerspectiveDescriptor d : ours) {
            try {
                page.setPerspective(d);
                boolean ok = page.getPerspective().getId().equals(d.getId());
                out.println("verify: perspective " + d.getId() + " \"" + d.getLabel() + "\" " + (ok ? "opened" : "did not open"));
                opened += ok ? 1 : 0;
            } catch (RuntimeException e) {
                out.println("verify: perspective " + d.getId() + " \"" + d.getLabel() + "\" failed: " + e);
            }
        }
        exitCode = !ours.isEmpty() && opened == ours.size() ? 0 : 1;
        out.println("verify: " + opened + " of " + ours.size() + " Latent Retouch perspectives opened");
        out.flush();
        workbench.close();
    }
}
