package io.latentretouch.catalog.ui.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Step;

/**
 * Regenerate: the recipe (the one the variant was made with first, then the shipped ones), its imperfection level, the
 * seed (the same for a new setting, a new one for a re-roll), and whether the new variant becomes the stack's pick.
 */
final class RegenerateDialog extends TitleAreaDialog {

    /** What the user chose. */
    record Request(Recipe recipe, long seed, boolean pick) {
    }

    private static final int LEVEL_SCALE = 100;

    private final int count;
    private final List<Recipe> recipes = new ArrayList<>();
    private final long initialSeed;
    private Combo recipe;
    private Spinner level;
    private Spinner seed;
    private Button pick;
    private Request request;

    /** @param made how the selected variant was made, or null for originals */
    RegenerateDialog(Shell shell, int count, ProvenanceXmp.Regeneration made) {
        super(shell);
        this.count = count;
        this.initialSeed = made == null ? 1 : made.seed();
        if (made != null) {
            try {
                recipes.add(Recipes.read(new StringReader(made.recipe())));
            } catch (RecipeException e) {
                // a recipe of an unknown version: the shipped ones are offered
            }
        }
        recipes.addAll(Recipes.shipped());
    }

    @Override
    public void create() {
        super.create();
        getShell().setText(Messages.regenerateTitle);
        setTitle(Messages.regenerateTitle);
        setMessage(NLS.bind(Messages.regenerateMessage, count));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        new Label(form, SWT.NONE).setText(Messages.regenerateRecipe);
        recipe = new Combo(form, SWT.READ_ONLY);
        for (Recipe r : recipes) {
            recipe.add(r.name());
        }
        recipe.select(0);
        recipe.addListener(SWT.Selection, e -> showLevel());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(recipe);

        new Label(form, SWT.NONE).setText(Messages.regenerateLevel);
        level = new Spinner(form, SWT.BORDER);
        level.setValues(3 * LEVEL_SCALE, LEVEL_SCALE, 5 * LEVEL_SCALE, 2, 5, 25);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(level);

        new Label(form, SWT.NONE).setText(Messages.regenerateSeed);
        seed = new Spinner(form, SWT.BORDER);
        seed.setValues((int) Math.min(Integer.MAX_VALUE, initialSeed), 0, Integer.MAX_VALUE, 0, 1, 100);
        Button reroll = new Button(form, SWT.PUSH);
        reroll.setText(Messages.regenerateNewSeed);
        reroll.addListener(SWT.Selection, e -> seed.setSelection(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE)));

        pick = new Button(form, SWT.CHECK);
        pick.setText(Messages.regeneratePick);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(pick);
        showLevel();
        return area;
    }

    /** The chosen recipe's imperfection level, or the control disabled when it has no imperfection step. */
    private void showLevel() {
        Recipe r = recipes.get(recipe.getSelectionIndex());
        Step.Imperfection step = r.steps().stream().filter(Step.Imperfection.class::isInstance).map(Step.Imperfection.class::cast).findFirst()
                .orElse(null);
        level.setEnabled(step != null);
        if (step != null) {
            level.setSelection((int) Math.round(step.level() * LEVEL_SCALE));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.regenerateOk, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        request = new Request(withLevel(recipes.get(recipe.getSelectionIndex()), level.getSelection() / (double) LEVEL_SCALE), seed.getSelection(),
                pick.getSelection());
        super.okPressed();
    }

    /** The recipe with its imperfection step at this level (unchanged when it has none). */
    static Recipe withLevel(Recipe recipe, double imperfection) {
        List<Step> steps = recipe.steps().stream().map(s -> s instanceof Step.Imperfection ? (Step) new Step.Imperfection(imperfection) : s).toList();
        return recipe.withSteps(steps);
    }

    /** What the user chose, or null when cancelled. */
    Request request() {
        return request;
    }
}
