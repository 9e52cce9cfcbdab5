package io.latentretouch.retouch.ui.internal.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.editor.EditSession;
import io.latentretouch.retouch.ui.internal.editor.FillCommands;
import io.latentretouch.retouch.ui.internal.editor.FillMasks;

/**
 * The Inpainting panel's widgets: the named masks, the tools that paint them, whole-mask changes, import and export,
 * the engine, Fill, the candidates (1, 2, 3 or the arrows switch, Enter applies, Esc discards) and Save as Variant.
 */
final class FillControls {

    /** What the panel asks of the canvas, by widget. */
    interface Actions {
        void tool(FillCommands.Tool tool);

        void change(MaskChanges.Change change, int pixels);

        void tolerance(double fraction);

        /** The brush's radius in image pixels, its hardness and opacity in percent. */
        void brush(int radius, int hardness, int opacity);

        void fromSkin();

        void fromPart(FacePart part);

        void flyaways(double strength);

        void importMask();

        void exportMask();

        void fill(String engine, FillOptions options);

        void apply();

        void save();
    }

    private final Combo masks;
    private final Spinner pixels;
    private final Combo engine;
    private final List<ModelDescriptor> engines;
    private final Button fill;
    /** Fill makes this many candidates. */
    static final int CANDIDATES = 3;

    private final Button[] candidates = new Button[CANDIDATES];
    private final Label status;
    private final Spinner brushSize;
    private final Spinner hardness;
    private final Spinner opacity;
    private final List<Spinner> brushSpinners;
    private Combo part;
    private Button fromPart;
    /** Whether a face-parsing model is installed. */
    private boolean parsing;
    private final List<Button> all = new ArrayList<>();
    private FillMasks shown;

    FillControls(Composite parent, List<ModelDescriptor> engines, List<ModelDescriptor> parsers, Actions actions) {
        this.engines = engines;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite maskGroup = Widgets.group(parent, Messages.fillMaskGroup);
        masks = new Combo(Widgets.labelled(maskGroup, Messages.fillMask), SWT.READ_ONLY);
        masks.addListener(SWT.Selection, e -> shown.select(masks.getText()));
        add(Widgets.button(masks.getParent(), Messages.fillNewMask), () -> shown.add(NLS.bind(Messages.fillMaskName, shown.names().size() + 1)));
        Composite tools = row(maskGroup, 3);
        add(Widgets.button(tools, Messages.fillBrush), () -> actions.tool(FillCommands.Tool.BRUSH));
        add(Widgets.button(tools, Messages.fillEraser), () -> actions.tool(FillCommands.Tool.ERASER));
        add(Widgets.button(tools, Messages.fillRectangle), () -> actions.tool(FillCommands.Tool.RECTANGLE));
        add(Widgets.button(tools, Messages.fillEllipse), () -> actions.tool(FillCommands.Tool.ELLIPSE));
        add(Widgets.button(tools, Messages.fillLasso), () -> actions.tool(FillCommands.Tool.LASSO));
        add(Widgets.button(tools, Messages.fillWand), () -> actions.tool(FillCommands.Tool.WAND));
        Composite brush = row(maskGroup, 3);
        brushSize = spinner(brush, Messages.fillBrushSize, 1, 2000);
        hardness = spinner(brush, Messages.fillHardness, 0, 100);
        opacity = spinner(brush, Messages.fillOpacity, 1, 100);
        brushSpinners = List.of(brushSize, hardness, opacity);
        brushSpinners.forEach(s -> s.addListener(SWT.Selection, e -> actions.brush(brushSize.getSelection(), hardness.getSelection(),
                opacity.getSelection())));
        Spinner tolerance = new Spinner(Widgets.labelled(maskGroup, Messages.fillTolerance), SWT.BORDER);
        tolerance.setValues(10, 0, 100, 0, 1, 5);
        tolerance.addListener(SWT.Selection, e -> actions.tolerance(tolerance.getSelection() / 100.0));
        Composite changes = row(maskGroup, 4);
        pixels = new Spinner(changes, SWT.BORDER);
        pixels.setValues(8, 1, 500, 0, 1, 10);
        pixels.setToolTipText(Messages.fillPixels);
        for (MaskChanges.Change c : MaskChanges.Change.values()) {
            add(Widgets.button(c.perPixel() ? changes : maskGroup, c.label()), () -> actions.change(c, pixels.getSelection()));
        }
        add(Widgets.button(maskGroup, Messages.fillFromSkin), actions::fromSkin);
        partControls(maskGroup, parsers, actions);
        Spinner reach = new Spinner(Widgets.labelled(maskGroup, Messages.fillFlyawayReach), SWT.BORDER);
        reach.setValues(50, 0, 100, 0, 5, 25);
        add(Widgets.button(maskGroup, Messages.fillFlyaways), () -> actions.flyaways(reach.getSelection() / 100.0));
        Composite files = row(maskGroup, 2);
        add(Widgets.button(files, Messages.fillImport), actions::importMask);
        add(Widgets.button(files, Messages.fillExport), actions::exportMask);
        Composite fillGroup = Widgets.group(parent, Messages.fillGroup);
        engine = new Combo(Widgets.labelled(fillGroup, Messages.fillEngine), SWT.READ_ONLY);
        engines.forEach(m -> engine.add(NLS.bind(Messages.fillEngineItem, m.id(), m.licence())));
        engine.select(0);
        Spinner context = new Spinner(Widgets.labelled(fillGroup, Messages.fillContext), SWT.BORDER);
        context.setValues(FillOptions.DEFAULT.context(), 16, 2048, 0, 16, 128);
        Spinner feather = new Spinner(Widgets.labelled(fillGroup, Messages.fillEdge), SWT.BORDER);
        feather.setValues(0, 0, 200, 0, 1, 10);
        Button colourMatch = new Button(fillGroup, SWT.CHECK);
        colourMatch.setText(Messages.fillColourMatch);
        fill = Widgets.button(fillGroup, Messages.fillRun);
        add(fill, () -> actions.fill(engines.isEmpty() ? "" : engines.get(engine.getSelectionIndex()).id(),
                new FillOptions(context.getSelection(), feather.getSelection(), colourMatch.getSelection())));
        Composite strip = row(fillGroup, candidates.length);
        for (int k = 0; k < candidates.length; k++) {
            int which = k;
            candidates[k] = new Button(strip, SWT.TOGGLE);
            candidates[k].setText(Integer.toString(k + 1));
            candidates[k].addListener(SWT.Selection, e -> shown.pick(which));
            candidates[k].addListener(SWT.KeyDown, e -> key(e, actions));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(candidates[k]);
        }
        Composite end = row(fillGroup, 2);
        add(Widgets.button(end, Messages.fillApply), actions::apply);
        add(Widgets.button(end, Messages.fillDiscard), () -> shown.discard());
        add(Widgets.button(fillGroup, Messages.fillSave), actions::save);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
    }

    /**
     * A part of the portrait (hair, clothes, background…) and From Model, which masks it by the first installed
     * face-parsing model; without one both stay disabled and say what to install.
     */
    private void partControls(Composite group, List<ModelDescriptor> parsers, Actions actions) {
        part = new Combo(Widgets.labelled(group, Messages.fillPart), SWT.READ_ONLY);
        for (FacePart p : FacePart.values()) {
            part.add(p.label());
        }
        part.select(FacePart.HAIR.ordinal());
        fromPart = Widgets.button(part.getParent(), Messages.fillFromPart);
        fromPart.addListener(SWT.Selection, e -> actions.fromPart(FacePart.values()[part.getSelectionIndex()]));
        String tip = parsers.isEmpty() ? Messages.fillNoParser : NLS.bind(Messages.fillPartBy, parsers.get(0).id(), parsers.get(0).licence());
        part.setToolTipText(tip);
        fromPart.setToolTipText(tip);
        parsing = !parsers.isEmpty();
    }

    /** 1, 2, 3 and the arrows pick, Enter applies, Esc discards. */
    private void key(Event e, Actions actions) {
        IntConsumer pick = shown::pick;
        switch (e.keyCode) {
            case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> pick.accept(shown.picked() + 1);
            case SWT.ARROW_LEFT, SWT.ARROW_UP -> pick.accept(shown.picked() - 1);
            case SWT.CR, SWT.KEYPAD_CR -> actions.apply();
            case SWT.ESC -> shown.discard();
            default -> {
                if (e.character >= '1' && e.character <= '0' + candidates.length) {
                    pick.accept(e.character - '1');
                }
            }
        }
        e.doit = false;
    }

    /** Shows the session's masks and candidates, with their thumbnails; disabled without a session. */
    void show(EditSession session, Consumer<Button[]> thumbnails) {
        shown = session == null ? null : session.fills();
        all.forEach(b -> b.setEnabled(session != null));
        brushSpinners.forEach(s -> s.setEnabled(session != null));
        masks.setEnabled(session != null);
        part.setEnabled(session != null && parsing);
        fromPart.setEnabled(session != null && parsing);
        if (shown == null) {
            status.setText(Messages.panelNoImage);
            return;
        }
        masks.setItems(shown.names().toArray(String[]::new));
        masks.setText(shown.active());
        int count = shown.candidates().size();
        for (int k = 0; k < candidates.length; k++) {
            candidates[k].setEnabled(k < count);
            candidates[k].setSelection(k == shown.picked());
        }
        thumbnails.accept(candidates);
        fill.setEnabled(shown.mask().coverage() > 0);
        status.setText(count > 0 ? NLS.bind(Messages.fillPicked, shown.picked() + 1, count)
                : shown.mask().coverage() > 0 ? Messages.fillReady : Messages.fillEmpty);
        status.getParent().layout(true, true);
    }

    /** The brush's settings as the canvas has them ([ ] and { } change them there too): radius, hardness, opacity 0 … 1. */
    void showBrush(double[] settings) {
        brushSize.setSelection((int) Math.round(settings[0]));
        hardness.setSelection((int) Math.round(100 * settings[1]));
        opacity.setSelection((int) Math.round(100 * settings[2]));
    }

    private static Spinner spinner(Composite parent, String tip, int min, int max) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(min, min, max, 0, 1, 10);
        s.setToolTipText(tip);
        return s;
    }

    /** The candidate buttons, for tests. */
    Button[] candidates() {
        return candidates;
    }

    Button fillButton() {
        return fill;
    }

    Button fromPartButton() {
        return fromPart;
    }

    private void add(Button b, Runnable r) {
        all.add(b);
        b.addListener(SWT.Selection, e -> r.run());
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    static void setImage(Button b, Image image) {
        Image old = b.getImage();
        b.setImage(image);
        if (old != null) {
            old.dispose();
        }
    }
}
