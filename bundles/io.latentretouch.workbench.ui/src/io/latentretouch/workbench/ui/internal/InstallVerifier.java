package io.latentretouch.workbench.ui.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens each Latent Retouch perspective in the running workbench, prints one line per perspective with the views of
 * ours it has and one per view with what it shows, then our bundles' versions and what software updates offer
 * ({@link UpdatesVerifier}), and closes the workbench. Exit code 0 when every perspective opened, 1 otherwise. Runs on
 * the UI thread.
 */
final class InstallVerifier {

    private static final String PREFIX = "io.latentretouch.";
    private static final int SETTLE_MILLIS = 10_000;

    private final PrintStream out;
    private final String site;
    private int exitCode = 1;

    /** @param site a site to try in the Install wizard, or null */
    InstallVerifier(PrintStream out, String site) {
        this.out = out;
        this.site = site;
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
                out.println("verify: perspective " + d.getId() + " \"" + d.getLabel() + "\" " + (ok ? "opened, views " + views(workbench.getActiveWorkbenchWindow()) : "did not open"));
                opened += ok ? 1 : 0;
                if (ok) {
                    shown(workbench.getActiveWorkbenchWindow());
                }
            } catch (RuntimeException e) {
                out.println("verify: perspective " + d.getId() + " \"" + d.getLabel() + "\" failed: " + e);
            }
        }
        exitCode = !ours.isEmpty() && opened == ours.size() ? 0 : 1;
        out.println("verify: " + opened + " of " + ours.size() + " Latent Retouch perspectives opened");
        out.println("verify: bundles " + bundles());
        new UpdatesVerifier(out, site).verify(workbench.getActiveWorkbenchWindow());
        out.flush();
        workbench.close();
    }

    /** Our bundles in this installation with their versions, sorted: what an update or a revert changed. */
    private static String bundles() {
        return Arrays.stream(FrameworkUtil.getBundle(InstallVerifier.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                .map(b -> b.getSymbolicName() + " " + b.getVersion()).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Brings each of our views in the perspective to the top of its stack in turn (so a tab not yet shown is created)
     * and prints what it shows ({@link WidgetTexts}), once it no longer says it is at work (a text ending in an
     * ellipsis, such as the catalog being read) or after {@value #SETTLE_MILLIS} ms.
     */
    private void shown(IWorkbenchWindow window) {
        EPartService parts = window.getService(EPartService.class);
        Display display = window.getShell().getDisplay();
        for (MPlaceholder p : ours(window)) {
            if (!(p.getRef() instanceof MPart part)) {
                continue;
            }
            parts.showPart(part, EPartService.PartState.VISIBLE);
            long until = System.currentTimeMillis() + SETTLE_MILLIS;
            while (busy(part) && System.currentTimeMillis() < until) {
                if (!display.readAndDispatch()) {
                    display.timerExec(100, () -> { });
                    display.sleep();
                }
            }
            List<String> texts = part.getWidget() instanceof Control c ? WidgetTexts.of(c) : List.of("(not created)");
            out.println("verify: view " + part.getElementId() + " shows: " + String.join(" | ", texts));
        }
    }

    private static boolean busy(MPart part) {
        return part.getWidget() instanceof Control c && WidgetTexts.of(c).stream().anyMatch(t -> t.endsWith(WidgetTexts.BUSY));
    }

    /** Our views in the window's perspective, tabs not yet shown included (they have no view reference until then). */
    private static String views(IWorkbenchWindow window) {
        return ours(window).stream().map(MUIElement::getElementId).sorted().collect(Collectors.joining(", "));
    }

    /** The places of our views in the window's perspective (a placeholder's id is its view's). */
    private static List<MPlaceholder> ours(IWorkbenchWindow window) {
        EModelService models = window.getService(EModelService.class);
        MPerspective perspective = models.getActivePerspective(window.getService(MWindow.class));
        return models.findElements(perspective, null, MPlaceholder.class).stream().filter(MUIElement::isToBeRendered)
                .filter(p -> p.getElementId().startsWith(PREFIX)).toList();
    }
}
