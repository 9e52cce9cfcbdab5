package io.latentretouch.workbench.ui.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The software-update part of {@code -verify}: prints the Help menu's entries and the signers p2 trusts, then opens
 * Install New Software…, reads the sites its "Work with" list offers, prints them, tries the site it was given, if any,
 * and closes the wizard. Runs on the UI thread.
 */
final class UpdatesVerifier {

    static final String INSTALL = "org.eclipse.equinox.p2.ui.sdk.install";
    private static final int WAIT_MILLIS = 20_000;

    private final PrintStream out;
    private final String site;

    /** @param site a site to type into the wizard ({@link SiteProbe}), or null */
    UpdatesVerifier(PrintStream out, String site) {
        this.out = out;
        this.site = site;
    }

    void verify(IWorkbenchWindow window) {
        out.println("verify: help menu: " + String.join(" | ", helpItems(window.getShell())));
        out.println("verify: p2 trusts signers: " + String.join(" | ", TrustedSigners.trusted().stream()
                .map(c -> c instanceof java.security.cert.X509Certificate x ? x.getSubjectX500Principal().getName() : c.getType()).toList()));
        Command install = window.getService(ICommandService.class).getCommand(INSTALL);
        if (!install.isDefined()) {
            out.println("verify: no software updates in this installation");
            return;
        }
        Display display = window.getShell().getDisplay();
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                Shell wizard = Arrays.stream(display.getShells()).filter(s -> s != window.getShell() && s.isVisible()).findFirst().orElse(null);
                if (wizard == null && System.currentTimeMillis() < until) {
                    display.timerExec(200, this);
                    return;
                }
                if (wizard == null) {
                    out.println("verify: Install New Software did not open");
                    return;
                }
                // the items of every combo in the wizard: its "Work with" list of sites
                List<String> sites = WidgetTexts.all(wizard, Combo.class).stream().flatMap(c -> Arrays.stream(c.getItems())).toList();
                out.println("verify: \"" + wizard.getText() + "\" offers sites: " + String.join(" | ", sites));
                if (site == null) {
                    wizard.close();
                } else {
                    new SiteProbe(out, wizard).probe(site);
                }
            }
        });
        try {
            window.getService(IHandlerService.class).executeCommand(INSTALL, null);
        } catch (Exception e) {
            out.println("verify: Install New Software failed: " + e);
        }
    }

    /** The Help menu's entries, as a user sees them once it opens. */
    private static List<String> helpItems(Shell shell) {
        for (MenuItem top : shell.getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals(Messages.menuHelp.replace("&", ""))) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                List<String> items = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                        .map(i -> i.getText().replace("&", "").replaceAll("\t.*", "")).toList();
                menu.notifyListeners(SWT.Hide, new Event());
                return items;
            }
        }
        return List.of();
    }
}
