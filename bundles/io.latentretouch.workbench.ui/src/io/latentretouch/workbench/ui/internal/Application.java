package io.latentretouch.workbench.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.latentretouch.workbench.ui.internal.library.ImageFiles;

/**
 * The Latent Retouch workbench; image files named on the command line open for retouching. With {@code -verify} it
 * opens every Latent Retouch perspective once, prints what it found and exits with 0 when all opened: studio IT's
 * check of an installation ({@code -verifySite URL} also tries that site in the Install wizard).
 */
public final class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = args == null ? List.of() : Arrays.asList(args);
        boolean verify = arguments.contains("-verify");
        List<Path> images = arguments.stream().filter(a -> !a.startsWith("-")).map(Path::of).filter(ImageFiles::isImage).toList();
        Display display = PlatformUI.createDisplay();
        try {
            int site = arguments.indexOf("-verifySite");
            InstallVerifier verifier = verify ? new InstallVerifier(System.out, site >= 0 && site + 1 < arguments.size() ? arguments.get(site + 1) : null) : null;
            int rc = PlatformUI.createAndRunWorkbench(display, new RetouchWorkbenchAdvisor(verifier, images));
            if (verifier != null) {
                return verifier.exitCode();
            }
            return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
