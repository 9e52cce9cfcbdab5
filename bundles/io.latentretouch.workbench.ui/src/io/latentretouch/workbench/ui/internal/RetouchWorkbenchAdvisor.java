package io.latentretouch.workbench.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.latentretouch.workbench.ui.OpenImages;
import io.latentretouch.workbench.ui.WorkbenchIds;

/** Opens the Library first (then the images named on the command line) and remembers the window layout. */
final class RetouchWorkbenchAdvisor extends WorkbenchAdvisor {

    private final InstallVerifier verifier;
    private final List<Path> images;

    /**
     * @param verifier checks the installation after start-up and closes the workbench; null for a normal session
     * @param images   image files named on the command line, opened once the window is up
     */
    RetouchWorkbenchAdvisor(InstallVerifier verifier, List<Path> images) {
        this.verifier = verifier;
        this.images = images;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(verifier == null);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return WorkbenchIds.LIBRARY_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RetouchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        UpdateSites.addConfigured();
        TrustedSigners.addConfigured();
        if (!images.isEmpty()) {
            OpenImages.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(), images);
        }
        if (verifier != null) {
            getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(
                    () -> verifier.verify(getWorkbenchConfigurer().getWorkbench()));
        }
    }
}
