package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Step;
import io.latentretouch.retouch.ui.internal.editor.ScreenImages;

/**
 * The history strip: the frames generated, newest first (those of earlier sessions too, read back from the history
 * folder), a thumbnail each whose tooltip lists every setting it was made with; a click picks it (and shows it in the
 * preview), Apply and Open work on the picked one.
 */
final class FrameStrip {

    /** Long side of a thumbnail, in pixels. */
    static final int THUMBNAIL = 72;

    /**
     * A frame of the history: its copy in the history folder, the image it started from (null for none or when not
     * known, for a frame of an earlier session), where Apply saved it (null until then).
     */
    static final class Entry {
        final Frame frame;
        final SavedVariant history;
        final Path original;
        Path saved;

        Entry(Frame frame, SavedVariant history, Path original) {
            this.frame = frame;
            this.history = history;
            this.original = original;
        }
    }

    private final Composite strip;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();
    private int picked = -1;
    private Runnable onPick = () -> { };

    FrameStrip(Composite parent) {
        strip = new Composite(parent, SWT.NONE);
        strip.setLayout(new RowLayout(SWT.HORIZONTAL));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
    }

    void onPick(Runnable r) {
        onPick = r;
    }

    /** Adds a frame first and picks it. */
    void add(Frame frame, SavedVariant history, Path original) {
        entries.add(0, new Entry(frame, history, original));
        Button b = new Button(strip, SWT.TOGGLE);
        b.setImage(ScreenImages.fitted(strip.getDisplay(), frame.result().image(), THUMBNAIL));
        b.setToolTipText(describe(frame));
        b.addDisposeListener(e -> b.getImage().dispose());
        b.addListener(SWT.Selection, e -> pick(buttons.indexOf(b)));
        b.moveAbove(buttons.isEmpty() ? null : buttons.get(0));
        buttons.add(0, b);
        pick(0);
        strip.getParent().layout(true, true);
    }

    void pick(int index) {
        picked = index;
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setSelection(i == index);
        }
        onPick.run();
    }

    /** The picked frame, or null when the history is empty. */
    Entry picked() {
        return picked < 0 ? null : entries.get(picked);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Button> buttons() {
        return List.copyOf(buttons);
    }

    /** Every setting a frame was made with, one per line. */
    static String describe(Frame f) {
        GenerationSettings g = f.recipe().generation();
        String steps = f.recipe().steps().stream().map(FrameStrip::step).collect(Collectors.joining(", "));
        return String.join("\n", "Prompt: " + f.prompt(), "Negative: " + g.negativePrompt(), "Recipe: " + f.recipe().name(),
                "Model: " + g.model(), String.format(Locale.ROOT, "%s, %d steps, guidance %.1f, %d×%d", g.sampler().label(), g.steps(),
                        g.guidance(), f.result().image().width(), f.result().image().height()),
                "Seed: " + f.seed(), "Lighting: " + (g.lightingAdapter().isEmpty() ? "analytic" : g.lightingAdapter()
                        + String.format(Locale.ROOT, " at %.2f", g.lightingStrength())),
                "After: " + (steps.isEmpty() ? "none" : steps));
    }

    private static String step(Step s) {
        return switch (s) {
            case Step.Imperfection i -> String.format(Locale.ROOT, "imperfection %.2f", i.level());
            case Step.Fabric fa -> String.format(Locale.ROOT, "fabric %.2f (%s)", fa.strength(), fa.region().id());
            case Step.Lighting l -> String.format(Locale.ROOT, "glow %.2f, key %.2f from %.0f°", l.glow(), l.key(), l.direction());
        };
    }
}
