package io.latentretouch.retouch.ui.internal.panel;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.latentretouch.diffusion.Sampler;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * The Generation panel's widgets: recipe, model, prompts, sampling, size, seed with its lock, batch count, image to
 * image, the lighting adapter, the after-steps (through {@link AfterSteps}), Generate with its progress, the preview
 * and the history strip ({@link FrameStrip}), Apply and Open in Canvas.
 */
final class GenerationControls {

    /** What the panel does for the widgets. */
    interface Actions {
        void recipe(int index);

        void generate();

        void apply();

        void open();
    }

    /** Side of the preview box, in pixels. */
    static final int PREVIEW = 256;

    final Combo recipe;
    final Combo model;
    final Text prompt;
    final Text negative;
    final Combo sampler;
    final Spinner steps;
    final Spinner guidance;
    final Spinner width;
    final Spinner height;
    final Spinner seed;
    final Button lock;
    final Spinner count;
    final Button fromImage;
    final Spinner strength;
    final Combo lighting;
    final Spinner lightingStrength;
    final AfterSteps after;
    final Button generate;
    final ProgressBar progress;
    final Label status;
    final Label preview;
    final FrameStrip strip;
    final Button apply;
    final Button open;
    private List<ModelDescriptor> models = List.of();
    private List<ModelDescriptor> adapters = List.of();

    GenerationControls(Composite parent, List<Recipe> recipes, Actions actions) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite what = Widgets.group(parent, Messages.generateWhat);
        recipe = new Combo(Widgets.labelled(what, Messages.generateRecipe), SWT.READ_ONLY);
        recipes.forEach(r -> recipe.add(r.name()));
        recipe.addListener(SWT.Selection, e -> actions.recipe(recipe.getSelectionIndex()));
        model = new Combo(Widgets.labelled(what, Messages.generateModel), SWT.READ_ONLY);
        prompt = text(what, Messages.generatePrompt, 3);
        negative = text(what, Messages.generateNegative, 2);
        Composite sampling = Widgets.group(parent, Messages.generateSampling);
        sampler = new Combo(Widgets.labelled(sampling, Messages.generateSampler), SWT.READ_ONLY);
        for (Sampler s : Sampler.values()) {
            sampler.add(s.label());
        }
        Composite numbers = row(sampling, 8);
        steps = spinner(numbers, Messages.generateSteps, 1, GenerationSettings.MAX_STEPS, 0);
        guidance = spinner(numbers, Messages.generateGuidance, 0, GenerationSettings.MAX_GUIDANCE * 10, 1);
        width = spinner(numbers, Messages.generateWidth, GenerationSettings.MIN_SIDE, GenerationSettings.MAX_SIDE, 0);
        height = spinner(numbers, Messages.generateHeight, GenerationSettings.MIN_SIDE, GenerationSettings.MAX_SIDE, 0);
        width.setIncrement(8);
        height.setIncrement(8);
        Composite seeds = row(sampling, 5);
        seed = spinner(seeds, Messages.generateSeed, 0, Integer.MAX_VALUE, 0);
        lock = check(seeds, Messages.generateLock);
        count = spinner(seeds, Messages.generateCount, 1, 16, 0);
        Composite start = row(sampling, 3);
        fromImage = check(start, Messages.generateFromImage);
        strength = spinner(start, Messages.generateStrength, 1, 100, 2);
        Composite light = Widgets.group(parent, Messages.generateLighting);
        lighting = new Combo(Widgets.labelled(light, Messages.generateAdapter), SWT.READ_ONLY);
        lightingStrength = spinner(Widgets.labelled(light, Messages.generateAdapterStrength), "", 1, 100, 2);
        after = new AfterSteps(Widgets.group(parent, Messages.generateAfter));
        generate = Widgets.button(parent, Messages.generateRun);
        generate.addListener(SWT.Selection, e -> actions.generate());
        progress = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        preview = new Label(parent, SWT.CENTER);
        GridDataFactory.fillDefaults().grab(true, false).hint(PREVIEW, PREVIEW).applyTo(preview);
        preview.addDisposeListener(e -> {
            if (preview.getImage() != null) {
                preview.getImage().dispose();
            }
        });
        strip = new FrameStrip(parent);
        Composite results = row(parent, 2);
        apply = Widgets.button(results, Messages.generateApply);
        apply.addListener(SWT.Selection, e -> actions.apply());
        open = Widgets.button(results, Messages.generateOpen);
        open.addListener(SWT.Selection, e -> actions.open());
    }

    /** The installed generation models and lighting adapters; Generate is off without a model, saying why. */
    void showModels(List<ModelDescriptor> generation, List<ModelDescriptor> lights) {
        if (generation.equals(models) && lights.equals(adapters) && model.getItemCount() > 0) {
            return;
        }
        models = generation;
        adapters = lights;
        model.removeAll();
        generation.forEach(m -> model.add(m.id() + " — " + m.licence()));
        model.select(0);
        lighting.removeAll();
        lighting.add(Messages.generateAnalytic);
        lights.forEach(m -> lighting.add(m.id()));
        lighting.select(0);
        generate.setEnabled(!generation.isEmpty());
        generate.setToolTipText(generation.isEmpty() ? Messages.generateNoModel : null);
        status.setText(generation.isEmpty() ? Messages.generateNoModel : "");
    }

    /** Shows a recipe's generation section and steps. */
    void show(Recipe r) {
        GenerationSettings g = r.generation();
        int m = indexOf(models, g.model());
        model.select(Math.max(0, m));
        negative.setText(g.negativePrompt());
        sampler.select(g.sampler().ordinal());
        steps.setSelection(g.steps());
        guidance.setSelection((int) Math.round(g.guidance() * 10));
        width.setSelection(g.width());
        height.setSelection(g.height());
        lock.setSelection(g.seeds() == GenerationSettings.SeedPolicy.FIXED);
        seed.setSelection((int) g.seed());
        strength.setSelection(60);
        lighting.select(indexOf(adapters, g.lightingAdapter()) + 1);
        lightingStrength.setSelection((int) Math.round(g.lightingStrength() * 100));
        after.show(r.steps());
    }

    /** The recipe as the controls set it, its template kept (the prompt field holds the user's words). */
    Recipe recipe(Recipe base) {
        GenerationSettings g = base.generation();
        String id = models.isEmpty() ? "" : models.get(Math.max(0, model.getSelectionIndex())).id();
        String adapter = lighting.getSelectionIndex() <= 0 ? "" : adapters.get(lighting.getSelectionIndex() - 1).id();
        GenerationSettings set = g.withModel(id).withPrompts(g.promptTemplate(), negative.getText())
                .withSampling(Sampler.values()[sampler.getSelectionIndex()], steps.getSelection(), guidance.getSelection() / 10.0)
                .withSize(width.getSelection(), height.getSelection())
                .withSeed(lock.getSelection() ? GenerationSettings.SeedPolicy.FIXED : GenerationSettings.SeedPolicy.RANDOM, seed.getSelection())
                .withLighting(adapter, lightingStrength.getSelection() / 100.0);
        return base.withGeneration(set).withSteps(after.steps(base.steps()));
    }

    /** Whether a run is going: Generate becomes Cancel's twin (off), the results wait. */
    void running(boolean on, int total) {
        generate.setEnabled(!on && !models.isEmpty());
        progress.setMaximum(Math.max(1, total));
        progress.setSelection(0);
    }

    private static int indexOf(List<ModelDescriptor> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Text text(Composite parent, String label, int lines) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, t.getLineHeight() * lines).applyTo(t);
        return t;
    }

    static Spinner spinner(Composite parent, String label, int min, int max, int digits) {
        if (!label.isEmpty()) {
            new Label(parent, SWT.NONE).setText(label);
        }
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(min, min, max, digits, 1, 10);
        return s;
    }

    private static Button check(Composite parent, String label) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(label);
        return b;
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }
}
