package io.latentretouch.retouch.ui.internal.panel;

import static io.latentretouch.imaging.testing.Tools.run;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.testing.TinyFolderModel;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.preferences.RetouchPreferences;

/**
 * The Generation panel in the product's real window, on a tiny diffusers folder of the real signatures: Generate shows
 * per-step progress and a latent preview, the history gets the frame with its settings in the tooltip, Apply saves it
 * with the disclosure exiftool reads back (trained algorithmic media, the prompt), Open shows it in the canvas.
 */
class GenerationPanelTest {

    @RegisterExtension
    static final TinyFolderModel MODEL = new TinyFolderModel("tinypanel");

    @TempDir
    Path dir;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @Test
    void generateShowsProgressAndAPreviewAndApplySavesALabelledFrame() throws Exception {
        InstanceScope.INSTANCE.getNode(RetouchIds.PREFERENCE_NODE).put(RetouchPreferences.GENERATED_FOLDER, dir.toString());
        GenerationPanel panel = panel();
        GenerationControls c = panel.controls();
        assertTrue(page.isPartVisible(page.findView(RetouchIds.GENERATION_VIEW)), "the Generation panel is on screen");
        assertTrue(c.model.getText().startsWith(MODEL.id()), "the installed model is offered: " + c.model.getText());
        assertTrue(c.generate.isEnabled());
        c.prompt.setText("a linen suit on a mannequin");
        c.steps.setSelection(6);
        c.width.setSelection(128);
        c.height.setSelection(192);
        c.lock.setSelection(true);
        c.seed.setSelection(77);
        int before = c.strip.entries().size();
        click(c.generate);
        assertFalse(c.generate.isEnabled(), "one run at a time");
        assertEquals(6, c.progress.getMaximum());
        TreeSet<Integer> progress = new TreeSet<>();
        boolean[] previewed = {false};
        waitFor(() -> {
            progress.add(c.progress.getSelection());
            previewed[0] |= c.preview.getImage() != null && c.strip.entries().size() == before;
            return Job.getJobManager().find(GenerateJob.FAMILY).length == 0 && c.generate.isEnabled();
        }, "the frame is generated");
        assertTrue(progress.containsAll(java.util.List.of(2, 4, 6)), "per-step progress: " + progress);
        assertTrue(previewed[0], "a latent preview showed before the frame");
        assertEquals(before + 1, c.strip.entries().size(), c.status.getText());
        String tooltip = c.strip.buttons().get(0).getToolTipText();
        assertTrue(tooltip.contains("Prompt: a linen suit on a mannequin, e-commerce catalogue photograph") && tooltip.contains("Seed: 77")
                && tooltip.contains("6 steps") && tooltip.contains("128×192") && tooltip.contains("Model: " + MODEL.id()), tooltip);

        click(c.apply);
        Path saved = c.strip.entries().get(0).saved;
        assertEquals(dir, saved.getParent(), c.status.getText());
        assertTrue(saved.getFileName().toString().startsWith("e-commerce-clean-77") && Files.exists(saved), c.status.getText());
        assertEquals("trainedAlgorithmicMedia", run("exiftool", "-s3", "-XMP-iptcExt:DigitalSourceType", saved.toString()).replaceAll(".*/", ""));
        assertTrue(run("exiftool", "-s3", "-XMP-iptcExt:AIPromptInformation", saved.toString()).startsWith("a linen suit on a mannequin"));
        click(c.open);
        waitFor(() -> page.getActiveEditor() instanceof CanvasEditor e && e.session() != null, "the frame opens in the canvas");
        assertEquals(saved, ((CanvasEditor) page.getActiveEditor()).session().file());
        page.closeAllEditors(false);

        page.hideView(page.findView(RetouchIds.GENERATION_VIEW));
        GenerationControls again = panel().controls();
        assertEquals(tooltip, again.strip.buttons().get(0).getToolTipText(), "the history is read back when the panel opens again");
        InstanceScope.INSTANCE.getNode(RetouchIds.PREFERENCE_NODE).remove(RetouchPreferences.GENERATED_FOLDER);
    }

    @Test
    void fromTheOpenImageThePreviewShowsOnTheCanvasAndTheFrameIsSavedAsDerivedFromIt() throws Exception {
        Path photo = Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png"));
        CanvasEditor editor = CanvasDriver.open(window, photo);
        waitFor(() -> editor.session() != null && CanvasDriver.quiet(), "the photo opens");
        GenerationControls c = panel().controls();
        waitFor(() -> c.fromImage.isEnabled(), "image to image is offered for the open image");
        c.prompt.setText("an astronaut in a linen suit");
        c.fromImage.setSelection(true);
        c.strength.setSelection(50);
        c.steps.setSelection(8);
        c.width.setSelection(128);
        c.height.setSelection(128);
        int before = c.strip.entries().size();
        click(c.generate);
        boolean[] onCanvas = {false};
        waitFor(() -> {
            onCanvas[0] |= editor.showsGenerationPreview();
            return Job.getJobManager().find(GenerateJob.FAMILY).length == 0 && c.generate.isEnabled();
        }, "the frame is generated");
        assertTrue(onCanvas[0], "the latent preview showed on the canvas");
        assertFalse(editor.showsGenerationPreview(), "and went when the frame was done");
        assertEquals(before + 1, c.strip.entries().size(), c.status.getText());
        assertTrue(c.status.getText().contains("The start image, 512×512, was scaled to 128×128"), c.status.getText());
        click(c.apply);
        Path saved = c.strip.entries().get(0).saved;
        assertEquals(dir.resolve("astronaut.variants"), saved.getParent(), c.status.getText());
        assertEquals("astronaut.png", run("exiftool", "-s3", "-XMP-xmpMM:DerivedFromFilePath", saved.toString()));
        page.closeAllEditors(false);
    }

    private GenerationPanel panel() throws Exception {
        page.showView(RetouchIds.GENERATION_VIEW);
        GenerationPanel panel = (GenerationPanel) window.getService(EPartService.class).findPart(RetouchIds.GENERATION_VIEW).getObject();
        panel.focus();
        return panel;
    }

    private static void click(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
    }
}
