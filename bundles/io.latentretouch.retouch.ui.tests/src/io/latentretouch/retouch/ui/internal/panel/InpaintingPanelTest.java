package io.latentretouch.retouch.ui.internal.panel;

import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.mouse;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.open;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.quiet;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.editor.EditSession;
import io.latentretouch.retouch.ui.internal.editor.FillCommands;
import io.latentretouch.retouch.ui.internal.editor.FillMasks;

/**
 * Issue 11 in the product's real window, on a real photograph (astronaut.png): the Inpainting panel shows beside the
 * canvas; a brush stroke on the backdrop paints the fill mask (not the skin), one at half opacity selects half, Grow
 * and Feather change it, Fill makes
 * three candidates with thumbnails, 2 and the arrows switch, Enter applies, undo and redo step through it, Save as
 * Variant writes the variant with its mask beside it, every pixel outside the mask the original's; a mask file of
 * another aspect imports with a warning; a cancelled fill leaves no candidate and no file; the imperfection panel
 * applied after a fill keeps it.
 */
class InpaintingPanelTest {

    @TempDir
    Path dir;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();
    private final IOperationHistory history = OperationHistoryFactory.getOperationHistory();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void paintGrowFeatherFillPickApplyUndoRedoSave() throws Exception {
        Path photo = Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png"));
        CanvasEditor editor = opened(photo);
        InpaintingPanel panel = inpainting();
        assertTrue(page.isPartVisible(page.findView(RetouchIds.INPAINTING_VIEW)), "the Inpainting panel is on screen");
        EditSession session = editor.session();
        FillMasks fills = session.fills();
        Mask skin = session.skin();

        panel.tool(FillCommands.Tool.BRUSH);
        editor.fillCommands().setBrushSize(6);
        stroke(editor, 320, 100, 345, 125);
        waitFor(() -> fills.mask().coverage() > 0 && quiet(), "the stroke paints the fill mask");
        assertTrue(fills.mask().get(332, 112) == 1f, "the stroke's middle is selected");
        assertSame(skin, session.skin(), "the brush painted the region, not the skin");
        panel.brush(6, 100, 50);
        stroke(editor, 60, 450, 90, 470);
        waitFor(() -> fills.mask().get(75, 460) > 0 && quiet(), "a second stroke, at half opacity");
        assertEquals(0.5f, fills.mask().get(75, 460), 1e-6, "half opacity selects half, however often the stroke passes");
        panel.brush(6, 100, 100);
        assertTrue(!panel.controls().fromPartButton().isEnabled(), "without a face-parsing model From Model is off");
        assertEquals(Messages.fillNoParser, panel.controls().fromPartButton().getToolTipText(), "and says what to install");
        double painted = fills.mask().coverage();
        panel.change(MaskChanges.Change.GROW, 6);
        waitFor(() -> fills.mask().coverage() > painted && quiet(), "Grow grows it");
        panel.change(MaskChanges.Change.FEATHER, 4);
        waitFor(() -> softEdge(fills.mask()) && quiet(), "Feather softens its edge");

        Button fill = panel.controls().fillButton();
        fill.notifyListeners(SWT.Selection, new Event());
        waitFor(() -> fills.candidates().size() == 3 && quiet(), "Fill makes three candidates");
        Button[] strip = panel.controls().candidates();
        for (Button b : strip) {
            assertNotNull(b.getImage(), "each candidate shows a thumbnail");
        }
        assertSame(fills.candidates().get(0).image(), session.result(), "the first candidate is on the canvas");
        key(strip[0], '2', 0);
        assertEquals(1, fills.picked());
        assertSame(fills.candidates().get(1).image(), session.result());
        key(strip[1], '\0', SWT.ARROW_RIGHT);
        assertEquals(2, fills.picked());
        key(strip[2], '\0', SWT.ARROW_LEFT);
        Retouched second = fills.candidates().get(1);
        key(strip[1], '\r', SWT.CR);
        assertSame(second, session.applied(), "Enter applies the picked candidate");
        assertTrue(fills.candidates().isEmpty());

        history.undo(editor.undoContext(), null, null);
        assertNull(session.applied(), "undo goes back to the photo");
        history.redo(editor.undoContext(), null, null);
        assertSame(second, session.applied(), "redo fills again");

        panel.save();
        waitFor(() -> session.lastVariant() != null && quiet(), "the variant is saved");
        Path variant = session.lastVariant();
        assertTrue(Files.isRegularFile(Variants.maskOf(variant)), "the mask is stored beside " + variant);
        PlanarImage before = ImageFiles.read(photo).pixels();
        PlanarImage after = ImageFiles.read(variant).pixels();
        Mask region = MaskFiles.read(Variants.maskOf(variant), 512, 512).mask();
        int changed = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < before.plane(c).length; i++) {
                boolean outside = region.values()[i] == 0;
                assertTrue(!outside || before.plane(c)[i] == after.plane(c)[i], "pixel " + i + " outside the mask is the original's");
                changed += !outside && before.plane(c)[i] != after.plane(c)[i] ? 1 : 0;
            }
        }
        assertTrue(changed > 500, "the region was regenerated: " + changed);

        // the imperfection panel applied after the fill retouches the source again and keeps the fill, pixel for pixel
        editor.apply();
        waitFor(() -> session.applied() != second && quiet(), "the imperfection settings apply");
        PlanarImage kept = session.applied().image();
        int same = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < kept.plane(c).length; i++) {
                if (second.image().plane(c)[i] != before.plane(c)[i]) {
                    assertEquals(second.image().plane(c)[i], kept.plane(c)[i], "filled pixel " + i + " kept");
                    same++;
                }
            }
        }
        assertTrue(same > 500, "the fill's pixels are there: " + same);
        assertTrue(session.applied().edits().containsAll(second.edits().subList(second.edits().size() - 1, second.edits().size())),
                "and its edit in the provenance");
    }

    @Test
    void theWandTakesTheBackdropNotTheFaceTheLassoItsPolygonAndTheSkinMaskServesToo() throws Exception {
        Path photo = Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png"));
        CanvasEditor editor = opened(photo);
        InpaintingPanel panel = inpainting();
        FillMasks fills = editor.session().fills();
        double[] t = editor.screenTransform();
        Control canvas = editor.canvas();

        panel.tool(FillCommands.Tool.WAND);
        mouse(canvas, SWT.MouseDown, (int) Math.round(t[1] + 330 * t[0]), (int) Math.round(t[2] + 112 * t[0]));
        mouse(canvas, SWT.MouseUp, (int) Math.round(t[1] + 330 * t[0]), (int) Math.round(t[2] + 112 * t[0]));
        waitFor(() -> fills.mask().coverage() > 0 && quiet(), "the wand selects");
        assertTrue(fills.mask().get(330, 112) == 1f && fills.mask().get(335, 100) == 1f, "the backdrop around the click");
        assertEquals(0f, fills.mask().get(225, 120), "not the face");
        assertEquals(0f, fills.mask().get(60, 400), "nor the suit");
        history.undo(editor.undoContext(), null, null);
        assertEquals(0, fills.mask().coverage());

        panel.tool(FillCommands.Tool.LASSO);
        int[][] corners = {{100, 100}, {200, 100}, {150, 200}};
        for (int k = 0; k < corners.length; k++) {
            mouse(canvas, k == 0 ? SWT.MouseDown : SWT.MouseMove, (int) Math.round(t[1] + corners[k][0] * t[0]), (int) Math.round(t[2] + corners[k][1] * t[0]));
        }
        mouse(canvas, SWT.MouseUp, (int) Math.round(t[1] + 150 * t[0]), (int) Math.round(t[2] + 200 * t[0]));
        waitFor(() -> fills.mask().coverage() > 0 && quiet(), "the lasso selects");
        assertEquals(1f, fills.mask().get(150, 140), "inside the triangle");
        assertEquals(0f, fills.mask().get(110, 180), "outside it");

        panel.fromSkin();
        waitFor(() -> fills.mask() == editor.session().skin() && quiet(), "the skin mask becomes the region");
    }

    @Test
    void flyawaysFindsAStrandPaintedAcrossTheBackdrop() throws Exception {
        PlanarImage photo = RealWorld.read("astronaut.png");
        List<int[]> strand = new ArrayList<>();
        for (int x = 302; x <= 340; x++) {
            int y = (int) Math.round(74 - 0.55 * (x - 300));
            strand.add(new int[] {x, y});
            for (int c = 0; c < 3; c++) {
                photo.set(c, x, y, new float[] {0.35f, 0.27f, 0.17f}[c]);
            }
        }
        Path file = dir.resolve("strand.png");
        ImageFiles.write(new ImageDocument(photo, null, 8, "png", null), file, WriteOptions.of(OutputFormat.PNG));
        CanvasEditor editor = opened(file);
        InpaintingPanel panel = inpainting();
        FillMasks fills = editor.session().fills();
        panel.flyaways(1);
        waitFor(() -> fills.mask().coverage() > 0 && quiet(), "Find Flyaways makes the mask");
        long found = strand.stream().filter(p -> fills.mask().get(p[0], p[1]) > 0).count();
        assertTrue(found >= 0.75 * strand.size(), "the strand is in the mask: " + found + " of " + strand.size());
        history.undo(editor.undoContext(), null, null);
        assertEquals(0, fills.mask().coverage(), "undo takes the mask back");
    }

    @Test
    void aMaskFileOfAnotherAspectImportsScaledWithAWarning() throws Exception {
        CanvasEditor editor = opened(Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png")));
        PlanarImage wide = PlanarImage.create(200, 100, 3);
        for (int c = 0; c < 3; c++) {
            for (int y = 20; y < 40; y++) {
                for (int x = 50; x < 90; x++) {
                    wide.set(c, x, y, 1f);
                }
            }
        }
        Path file = dir.resolve("wide-mask.png");
        ImageFiles.write(new ImageDocument(wide, null, 8, "png", null), file, WriteOptions.of(OutputFormat.PNG));
        List<String> warnings = new ArrayList<>();
        editor.fillCommands().importMask(file, warnings::add);
        FillMasks fills = editor.session().fills();
        waitFor(() -> fills.mask().coverage() > 0 && quiet(), "the mask is imported");
        assertTrue(fills.mask().get(140, 150) == 1f && fills.mask().get(300, 150) == 0f, "scaled to the photo: 2.56 × 5.12");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("wide-mask.png is 200×100, the image 512×512"), warnings.get(0));
        history.undo(editor.undoContext(), null, null);
        assertEquals(0, fills.mask().coverage(), "undo takes the import back");
    }

    /** Cancel in the progress view while a large fill runs: no candidate, the canvas as it was, no file written. */
    @Test
    void aCancelledFillLeavesNothingBehind() throws Exception {
        int side = 2048;
        PlanarImage baboon = Resample.resize(RealWorld.read("baboon.jpg"), side, side);
        Path photo = dir.resolve("baboon.png");
        ImageFiles.write(new ImageDocument(baboon, null, 8, "png", null), photo, WriteOptions.of(OutputFormat.PNG));
        Mask region = Mask.empty(side, side);
        for (int y = 600; y < 1400; y++) {
            for (int x = 600; x < 1400; x++) {
                region.values()[y * side + x] = 1f;
            }
        }
        Path maskFile = dir.resolve("region.png");
        MaskFiles.write(region, maskFile);
        CanvasEditor editor = opened(photo);
        EditSession session = editor.session();
        editor.fillCommands().importMask(maskFile, w -> { });
        waitFor(() -> session.fills().mask().coverage() > 0 && quiet(), "the mask is imported");
        List<Path> before = listing();
        PlanarImage shown = session.result();

        editor.fillCommands().fill(RegionFill.DEFAULT_ENGINE, FillOptions.DEFAULT, 3);
        waitFor(() -> fillJob() != null && fillJob().getState() == Job.RUNNING, "the fill runs");
        Thread.sleep(300);
        Job job = fillJob();
        job.cancel();
        job.join(2000, null);
        waitFor(() -> fillJob() == null && quiet(), "the fill stops");
        assertEquals(Status.CANCEL_STATUS, job.getResult(), "the job ended as cancelled");
        assertTrue(session.fills().candidates().isEmpty(), "no candidate");
        assertSame(shown, session.result(), "the canvas shows what it showed");
        assertNull(session.lastVariant());
        assertEquals(before, listing(), "no file written");
    }

    private Job fillJob() {
        for (Job j : Job.getJobManager().find(null)) {
            if (j.getName().equals(Messages.jobFill)) {
                return j;
            }
        }
        return null;
    }

    private List<Path> listing() throws Exception {
        try (var files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    private CanvasEditor opened(Path photo) throws Exception {
        CanvasEditor editor = open(window, photo);
        waitFor(() -> editor.session() != null && quiet(), "the photo opens");
        return editor;
    }

    private InpaintingPanel inpainting() throws Exception {
        page.showView(RetouchIds.INPAINTING_VIEW);
        return (InpaintingPanel) window.getService(EPartService.class).findPart(RetouchIds.INPAINTING_VIEW).getObject();
    }

    private static boolean softEdge(Mask m) {
        for (float v : m.values()) {
            if (v > 0.05f && v < 0.95f) {
                return true;
            }
        }
        return false;
    }

    /** A brush stroke between two points of the image, as the mouse would paint it. */
    private static void stroke(CanvasEditor editor, int x0, int y0, int x1, int y1) {
        double[] t = editor.screenTransform();
        Control canvas = editor.canvas();
        mouse(canvas, SWT.MouseDown, (int) Math.round(t[1] + x0 * t[0]), (int) Math.round(t[2] + y0 * t[0]));
        for (int k = 1; k <= 10; k++) {
            double x = x0 + (x1 - x0) * k / 10.0;
            double y = y0 + (y1 - y0) * k / 10.0;
            mouse(canvas, SWT.MouseMove, (int) Math.round(t[1] + x * t[0]), (int) Math.round(t[2] + y * t[0]));
        }
        mouse(canvas, SWT.MouseUp, (int) Math.round(t[1] + x1 * t[0]), (int) Math.round(t[2] + y1 * t[0]));
    }

    private static void key(Control c, char ch, int keyCode) {
        Event e = new Event();
        e.character = ch;
        e.keyCode = keyCode;
        c.notifyListeners(SWT.KeyDown, e);
    }
}
