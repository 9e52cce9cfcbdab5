package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameFiles;
import io.latentretouch.retouch.FrameGenerator;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.SaveListeners;
import io.latentretouch.retouch.ui.internal.Services;
import io.latentretouch.retouch.ui.internal.editor.EditSession;
import io.latentretouch.retouch.ui.internal.editor.OpenImage;
import io.latentretouch.retouch.ui.internal.editor.ScreenImages;
import io.latentretouch.retouch.ui.internal.preferences.RetouchPreferences;
import jakarta.annotation.PostConstruct;

/** The Generation panel: binds its controls to the frame generator, the history and the open canvas (image to image). */
public final class GenerationPanel implements GenerationControls.Actions, GenerateJob.Listener {

    private GenerationControls controls;
    private CanvasBinding canvas;
    private FrameGenerator generator;
    private List<Recipe> recipes;
    private IWorkbenchPage page;
    /** Where the frames being generated start from: the open image's file, or null. */
    private Path startedFrom;

    @PostConstruct
    void create(Composite parent, IWorkbenchPage workbenchPage) {
        page = workbenchPage;
        generator = Services.get(FrameGenerator.class);
        recipes = Recipes.shipped().stream().filter(r -> r.generation() != null).toList();
        controls = new GenerationControls(parent, recipes, this);
        controls.showModels(generator.models(), generator.lightingAdapters());
        controls.recipe.select(0);
        recipe(0);
        controls.strip.onPick(() -> show(controls.strip.picked().frame.result().image()));
        List<GenerationHistory.Kept> kept = GenerationHistory.recent(GenerationHistory.folder());
        for (int i = kept.size() - 1; i >= 0; i--) {
            controls.strip.add(kept.get(i).frame(), kept.get(i).files(), null);
        }
        canvas = new CanvasBinding(() -> controls.fromImage.setEnabled(canvas.session() != null));
        canvas.track(page, parent);
    }

    @Override
    public void recipe(int index) {
        controls.show(recipes.get(index));
    }

    @Override
    public void generate() {
        String words = controls.prompt.getText().strip();
        if (words.isEmpty()) {
            controls.status.setText(Messages.generateNoPrompt);
            return;
        }
        Recipe recipe = controls.recipe(recipes.get(Math.max(0, controls.recipe.getSelectionIndex())));
        EditSession session = controls.fromImage.getSelection() ? canvas.session() : null;
        startedFrom = session == null ? null : session.file();
        PlanarImage init = session == null ? null : session.result();
        int count = controls.count.getSelection();
        controls.running(true, recipe.generation().steps() * count);
        controls.status.setText(Messages.generateRunning);
        new GenerateJob(generator, recipe, words, init, controls.strength.getSelection() / 100.0, count, controls.generate.getDisplay(), this)
                .savingTo(GenerationHistory.folder(), RetouchPreferences.markets(), startedFrom).schedule();
    }

    @Override
    public void stepped(int done) {
        controls.progress.setSelection(done);
    }

    @Override
    public void preview(PlanarImage image) {
        show(image);
        if (startedFrom != null && canvas.editor() != null) {
            canvas.editor().showGenerationPreview(image);
        }
    }

    @Override
    public void frame(Frame frame, SavedVariant saved) {
        controls.strip.add(frame, saved, startedFrom);
        controls.status.setText(String.join("\n", frame.result().notes()));
        // the locked seed stays; an unlocked one shows what was drawn, so the user can lock it
        controls.seed.setSelection((int) frame.seed());
    }

    @Override
    public void finished(String error) {
        controls.running(false, 1);
        if (canvas.editor() != null) {
            canvas.editor().showGenerationPreview(null);
        }
        if (error != null) {
            controls.status.setText(NLS.bind(Messages.generateFailed, error));
        }
    }

    @Override
    public void apply() {
        FrameStrip.Entry entry = controls.strip.picked();
        if (entry == null || entry.saved != null) {
            return;
        }
        Path original = entry.original;
        Path folder = original == null ? RetouchPreferences.generatedFolder() : Variants.folderOf(original);
        try {
            SavedVariant published = FrameFiles.publish(entry.history, folder);
            entry.saved = published.file();
            if (original != null) {
                SaveListeners.tell(original, published);
            }
            controls.status.setText(NLS.bind(Messages.generateSaved, entry.saved));
        } catch (ImageIoException e) {
            controls.status.setText(NLS.bind(Messages.generateFailed, e.getMessage()));
        }
    }

    @Override
    public void open() {
        apply();
        FrameStrip.Entry entry = controls.strip.picked();
        if (entry != null && entry.saved != null) {
            OpenImage.open(page.getWorkbenchWindow(), entry.saved);
        }
    }

    private void show(PlanarImage image) {
        Image old = controls.preview.getImage();
        controls.preview.setImage(image == null ? null : ScreenImages.fitted(controls.preview.getDisplay(), image, GenerationControls.PREVIEW));
        if (old != null) {
            old.dispose();
        }
    }

    /** Models installed or removed since the panel opened (the registry follows its folder) show when it gets focus. */
    @Focus
    void focus() {
        controls.showModels(generator.models(), generator.lightingAdapters());
        controls.prompt.setFocus();
    }

    /** The controls, for tests. */
    GenerationControls controls() {
        return controls;
    }
}
