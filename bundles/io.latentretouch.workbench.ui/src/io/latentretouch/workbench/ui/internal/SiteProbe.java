package io.latentretouch.workbench.ui.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The {@code -verifySite URL} part of {@code -verify}: adds a site in the Install wizard as a user does (Add…, its
 * location, Add), prints what the dialog then says, answers it as a user does (Remove, for a site that is not found)
 * and closes the wizard. Runs on the UI thread.
 */
final class SiteProbe {

    private static final int WAIT_MILLIS = 20_000;
    private static final int POLL_MILLIS = 250;

    private final PrintStream out;
    private final Shell wizard;
    private final Display display;

    SiteProbe(PrintStream out, Shell wizard) {
        this.out = out;
        this.wizard = wizard;
        this.display = wizard.getDisplay();
    }

    void probe(String site) {
        Optional<Button> add = button(wizard, "Add...");
        if (add.isEmpty()) {
            out.println("verify: site " + site + ": the wizard has no Add... button");
            wizard.close();
            return;
        }
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        List<String> before = tree(wizard);
        display.timerExec(POLL_MILLIS, new Runnable() {
            private Shell dialog;
            private List<String> asked;

            @Override
            public void run() {
                if (dialog == null) {
                    dialog = Arrays.stream(display.getShells()).filter(s -> s.getParent() == wizard && s.isVisible()).findFirst().orElse(null);
                    if (dialog != null) {
                        asked = WidgetTexts.of(dialog);
                        List<Text> fields = WidgetTexts.all(dialog, Text.class).stream().filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0).toList();
                        fields.get(fields.size() - 1).setText(site);
                        button(dialog, "Add").ifPresent(b -> b.notifyListeners(SWT.Selection, new Event()));
                    }
                } else if (!dialog.isDisposed() && !WidgetTexts.of(dialog).equals(asked)) {
                    report(site, "the Add dialog: " + String.join(" | ", WidgetTexts.of(dialog)));
                    return;
                } else if (dialog.isDisposed()) {
                    // the site was taken: what the wizard says once it has tried to read it
                    Optional<Shell> problem = Arrays.stream(display.getShells()).filter(s -> s != wizard && s.getParent() != null && s.isVisible()).findFirst();
                    List<String> software = tree(wizard);
                    if (problem.isPresent()) {
                        Shell shown = problem.get();
                        String said = "\"" + shown.getText() + "\": " + String.join(" | ", WidgetTexts.of(shown));
                        // its default answer, as a user who typed a wrong site gives it: Remove
                        button(shown, "Remove").ifPresentOrElse(b -> b.notifyListeners(SWT.Selection, new Event()), shown::close);
                        report(site, said);
                        return;
                    }
                    if (System.currentTimeMillis() >= until || !software.equals(before) && software.stream().noneMatch(i -> i.startsWith("Pending"))) {
                        report(site, "the software list: " + String.join(" | ", software));
                        return;
                    }
                }
                if (System.currentTimeMillis() >= until) {
                    report(site, dialog == null ? "no Add dialog opened" : "the Add dialog did not answer");
                    return;
                }
                display.timerExec(POLL_MILLIS, this);
            }

            private void report(String site, String said) {
                out.println("verify: site " + site + ": " + said);
                if (dialog != null && !dialog.isDisposed()) {
                    dialog.close();
                }
                wizard.close();
            }
        });
        add.get().notifyListeners(SWT.Selection, new Event());
    }

    private static Optional<Button> button(Control c, String text) {
        return WidgetTexts.all(c, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst();
    }

    /** The items of the wizard's list of software. */
    private static List<String> tree(Control c) {
        return WidgetTexts.all(c, Tree.class).stream().map(t -> Arrays.stream(t.getItems()).map(TreeItem::getText).toList()).filter(i -> !i.isEmpty())
                .findFirst().orElse(List.of());
    }
}
