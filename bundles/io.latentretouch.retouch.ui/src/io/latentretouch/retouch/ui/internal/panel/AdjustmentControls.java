package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;

import io.latentretouch.retouch.FabricRegion;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.editor.Adjustments;
import io.latentretouch.retouch.ui.internal.editor.EditSession;

/**
 * The Imperfection panel's widgets: recipe, imperfection level, fabric, lighting, mask overlay, Apply and Save as
 * variant, and a status line. Shows a session's settings and reports the user's changes as new {@link Adjustments}.
 */
final class AdjustmentControls {

    private final List<Recipe> recipes;
    private final Combo recipe;
    private final LevelSlider level;
    private final Scale fabric;
    private final Combo region;
    private final Button importFabric;
    private final Scale glow;
    private final Scale key;
    private final Spinner direction;
    private final Scale overlay;
    private final Button apply;
    private final Button save;
    private final Label status;
    private final Composite root;
    private EditSession session;
    private Consumer<Adjustments> adjust = a -> { };

    AdjustmentControls(Composite parent, List<Recipe> recipes) {
        this.recipes = recipes;
        root = parent;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        recipe = new Combo(Widgets.labelled(parent, Messages.panelRecipe), SWT.READ_ONLY);
        recipes.forEach(r -> recipe.add(r.name()));
        recipe.add(Messages.panelCustom);
        recipe.addListener(SWT.Selection, e -> pickRecipe());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(recipe);
        level = new LevelSlider(Widgets.group(parent, Messages.panelSkin));
        level.onChange(v -> changed(a -> a.withLevel(v)));
        Composite fabricGroup = Widgets.group(parent, Messages.panelFabric);
        fabric = Widgets.scale(fabricGroup, 0, 200, v -> changed(a -> a.withFabric(v / 100.0 - 1)));
        region = new Combo(Widgets.labelled(fabricGroup, Messages.panelFabricRegion), SWT.READ_ONLY);
        region.setItems(Messages.panelRegionGiven, Messages.panelRegionWhole, Messages.panelRegionGarments);
        region.addListener(SWT.Selection, e -> changed(a -> a.withRegion(FabricRegion.values()[region.getSelectionIndex()])));
        importFabric = Widgets.button(fabricGroup, Messages.panelFabricImport);
        Widgets.hint(fabricGroup, Messages.panelFabricHint);
        Composite light = Widgets.group(parent, Messages.panelLighting);
        glow = Widgets.scale(Widgets.labelled(light, Messages.panelGlow), 0, 100, v -> changed(a -> a.withGlow(v / 100.0)));
        key = Widgets.scale(Widgets.labelled(light, Messages.panelKey), 0, 100, v -> changed(a -> a.withKey(v / 100.0)));
        direction = new Spinner(Widgets.labelled(light, Messages.panelDirection), SWT.BORDER | SWT.WRAP);
        direction.setValues(135, 0, 359, 0, 5, 45);
        direction.addListener(SWT.Selection, e -> changed(a -> a.withDirection(direction.getSelection())));
        Widgets.hint(light, Messages.panelAppliedHint);
        overlay = Widgets.scale(Widgets.labelled(parent, Messages.panelOverlay), 0, 100, v -> session.setOverlay(v / 100.0));
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        apply = Widgets.button(buttons, Messages.panelApply);
        save = Widgets.button(buttons, Messages.panelSave);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
    }

    void onAdjust(Consumer<Adjustments> c) {
        adjust = c;
    }

    void onApply(Runnable r) {
        apply.addListener(SWT.Selection, e -> r.run());
    }

    void onSave(Runnable r) {
        save.addListener(SWT.Selection, e -> r.run());
    }

    void onImportFabric(Runnable r) {
        importFabric.addListener(SWT.Selection, e -> r.run());
    }

    /** Shows the session's settings, or disables everything when no image is open. */
    void show(EditSession s) {
        session = s;
        for (Control c : new Control[] {recipe, fabric, region, importFabric, glow, key, direction, overlay, apply, save}) {
            c.setEnabled(s != null);
        }
        level.setEnabled(s != null && s.hasSkin());
        if (s == null) {
            status.setText(Messages.panelNoImage);
        } else {
            Adjustments a = s.adjustments();
            int r = recipes.stream().map(Recipe::name).toList().indexOf(a.name());
            recipe.select(r < 0 ? recipes.size() : r);
            level.show(a.level());
            fabric.setSelection((int) Math.round((a.fabric() + 1) * 100));
            region.select(a.region().ordinal());
            glow.setSelection((int) Math.round(a.glow() * 100));
            key.setSelection((int) Math.round(a.key() * 100));
            direction.setSelection((int) Math.round(a.direction()));
            overlay.setSelection((int) Math.round(s.overlay() * 100));
            status.setText(statusOf(s));
        }
        root.layout(true, true);
    }

    private static String statusOf(EditSession s) {
        if (!s.hasSkin()) {
            return Messages.panelNoSkin;
        }
        StringBuilder b = new StringBuilder(s.faces().isEmpty() ? Messages.panelNoFace : MessageFormat.format(Messages.panelFaces, s.faces().size()));
        if (s.fabric() != null) {
            b.append('\n').append(Messages.panelFabricImported);
        }
        b.append('\n');
        if (s.lastVariant() != null && !s.unsaved()) {
            Path variant = s.file().getParent().relativize(s.lastVariant());
            return b.append(s.lastLabelled() == null ? NLS.bind(Messages.panelSaved, variant)
                    : NLS.bind(Messages.panelSavedLabelled, variant, s.lastLabelled().getFileName())).toString();
        }
        if (s.applied() == null) {
            return b.append(Messages.panelPreviewing).toString();
        }
        b.append(MessageFormat.format(Messages.panelApplied, s.applied().blemishes()));
        s.applied().notes().stream().filter(n -> !n.startsWith("No face")).forEach(n -> b.append('\n').append(n));
        return b.toString();
    }

    private void pickRecipe() {
        int i = recipe.getSelectionIndex();
        if (session != null && i >= 0 && i < recipes.size()) {
            adjust.accept(Adjustments.of(recipes.get(i)));
        }
    }

    private void changed(UnaryOperator<Adjustments> change) {
        if (session != null) {
            adjust.accept(change.apply(session.adjustments()).named(Messages.panelCustom));
        }
    }

    void setFocus() {
        level.setFocus();
    }

    /** The level slider, for tests. */
    LevelSlider level() {
        return level;
    }

    /** The Save as variant button, for tests. */
    Button saveButton() {
        return save;
    }

    /** The status line, for tests. */
    String status() {
        return status.getText();
    }
}
