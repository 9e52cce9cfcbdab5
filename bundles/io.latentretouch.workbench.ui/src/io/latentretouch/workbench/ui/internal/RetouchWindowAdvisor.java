package io.latentretouch.workbench.ui.internal;

import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, perspective bar, status line with the progress of background jobs, file drops. */
final class RetouchWindowAdvisor extends WorkbenchWindowAdvisor {

    RetouchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MenuAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1400, 900));
        c.setTitle(Messages.windowTitle);
        c.setShowPerspectiveBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowCoolBar(true);
        c.addEditorAreaTransfer(FileTransfer.getInstance());
        c.configureEditorAreaDropListener(new ImageDrop(c.getWindow()));
    }
}
