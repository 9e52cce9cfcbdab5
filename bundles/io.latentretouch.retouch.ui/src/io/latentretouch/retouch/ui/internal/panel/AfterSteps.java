package io.latentretouch.retouch.ui.internal.panel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;

import io.latentretouch.retouch.FabricRegion;
import io.latentretouch.retouch.Step;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * The after-steps of a generated frame: the imperfection level, the fabric strength and the key light, each set into
 * the recipe's step of its kind (added when the recipe has none and the control leaves neutral).
 */
final class AfterSteps {

    final Spinner level;
    final Spinner fabric;
    final Spinner key;

    AfterSteps(Composite group) {
        level = GenerationControls.spinner(Widgets.labelled(group, Messages.generateLevel), "", 100, 500, 2);
        fabric = GenerationControls.spinner(Widgets.labelled(group, Messages.generateFabric), "", -100, 100, 2);
        key = GenerationControls.spinner(Widgets.labelled(group, Messages.generateKey), "", 0, 100, 2);
        Widgets.hint(group, Messages.generateAfterHint);
    }

    void show(List<Step> steps) {
        level.setSelection(300);
        fabric.setSelection(0);
        key.setSelection(0);
        for (Step s : steps) {
            switch (s) {
                case Step.Imperfection i -> level.setSelection((int) Math.round(i.level() * 100));
                case Step.Fabric f -> fabric.setSelection((int) Math.round(f.strength() * 100));
                case Step.Lighting l -> key.setSelection((int) Math.round(l.key() * 100));
            }
        }
    }

    /** The recipe's steps with these values; a step the recipe lacks is added only when it would change something. */
    List<Step> steps(List<Step> recipe) {
        List<Step> out = new ArrayList<>();
        boolean[] seen = new boolean[3];
        for (Step s : recipe) {
            out.add(switch (s) {
                case Step.Imperfection i -> {
                    seen[0] = true;
                    yield new Step.Imperfection(level.getSelection() / 100.0);
                }
                case Step.Fabric f -> {
                    seen[1] = true;
                    yield new Step.Fabric(fabric.getSelection() / 100.0, f.region());
                }
                case Step.Lighting l -> {
                    seen[2] = true;
                    yield new Step.Lighting(l.glow(), key.getSelection() / 100.0, l.direction());
                }
            });
        }
        if (!seen[0] && level.getSelection() != 300) {
            out.add(0, new Step.Imperfection(level.getSelection() / 100.0));
        }
        if (!seen[1] && fabric.getSelection() != 0) {
            out.add(new Step.Fabric(fabric.getSelection() / 100.0, FabricRegion.GIVEN));
        }
        if (!seen[2] && key.getSelection() != 0) {
            out.add(new Step.Lighting(0, key.getSelection() / 100.0, 135));
        }
        return out;
    }
}
