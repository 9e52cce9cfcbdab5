package io.latentretouch.workbench.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.latentretouch.workbench.ui.WorkbenchIds;

/** Opens the Library first and remembers the window layout between sessions. */
final class RetouchWorkbenchAdvisor extends WorkbenchAdvisor {

    private final InstallVerifier verifier;

    /** @param verifier checks the installation after start-up and closes the workbench; null for a normal session */
    RetouchWorkbenchAdvisor(InstallVerifier verifier) {
        this.verifier = verifier;
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
        if (verifier != null) {
            getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(
                    () -> verifier.verify(getWorkbenchConfigurer().getWorkbench()));
        }
    }
}
