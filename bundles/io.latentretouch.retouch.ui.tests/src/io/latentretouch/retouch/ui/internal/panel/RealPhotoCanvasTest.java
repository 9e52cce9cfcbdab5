package io.latentretouch.retouch.ui.internal.panel;

import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.capture;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.flush;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.key;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.mouse;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.open;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.panel;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.quiet;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.slide;
import static io.latentretouch.retouch.ui.internal.panel.CanvasDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.models.Face;
import io.latentretouch.retouch.FaceMeasures;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.editor.EditSession;

/**
 * Issue 9 in the product's real window, on a real photograph (astronaut.png, public domain, releng/real-world): the
 * face overlay shows the face the detector found, the slider at level 1 keeps the eyes (the face measures on the
 * canvas's own pixels), photos of odd sizes open, and a face the detector missed can be drawn and undone.
 */
class RealPhotoCanvasTest {

    @TempDir
    Path dir;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void theFaceOverlayShowsTheFaceAndLevelOneKeepsTheEyesOnScreen() throws Exception {
        CanvasEditor editor = open(window, RealWorld.photo("astronaut.png"));
        AdjustmentControls controls = panel(window).controls();
        waitFor(() -> editor.session() != null && quiet(), "the photo opens and its view is prepared");
        EditSession session = editor.session();
        assertEquals(1, session.faces().size(), session.faces().toString());
        assertTrue(controls.status().startsWith("1 face found"), controls.status());
        Control canvas = editor.canvas();
        ImageData natural = capture(canvas);

        key(canvas, 'f');
        flush();
        assertTrue(session.showsFaces());
        Face face = onScreen(editor, session.faces().get(0));
        ImageData overlay = capture(canvas);
        int yellow = 0;
        for (int x = (int) face.x() + 2; x < face.x() + face.width() - 2; x++) {
            yellow += isYellow(overlay, x, (int) Math.round(face.y())) ? 1 : 0;
        }
        assertTrue(yellow > 0.8 * (face.width() - 4), "the face box is drawn along the top of the face: " + yellow + " of " + face.width());
        key(canvas, 'f');

        slide(controls, 100);
        flush();
        ImageData cover = capture(canvas);
        FaceMeasures.Result r = FaceMeasures.of(planar(natural), planar(cover), face);
        System.out.printf("on screen at level 1 (IOD %.0f px): feature detail %.3f … %.3f, pore texture %.3f%n", face.iod(), r.worstFeature(),
                r.bestFeature(), r.pores());
        assertTrue(r.worstFeature() >= 0.8, "the eyes and the mouth stay sharp on screen: " + r.worstFeature());
        assertTrue(r.pores() < 0.5, "and the skin is smoothed: " + r.pores());
    }

    @Test
    void realPhotosOfOddSizesOpen() throws Exception {
        PlanarImage photo = RealWorld.read("astronaut.png");
        for (int[] size : new int[][] {{675, 825}, {1001, 777}, {2400, 3000}, {37, 29}, {1, 1}}) {
            Path file = dir.resolve("astronaut-" + size[0] + "x" + size[1] + ".png");
            ImageFiles.write(new ImageDocument(Resample.resize(photo, size[0], size[1]), null, 8, "png", null), file, WriteOptions.of(OutputFormat.PNG));
            CanvasEditor editor = open(window, file);
            waitFor(() -> editor.session() != null && quiet(), size[0] + "×" + size[1] + " opens");
            assertEquals(size[0], editor.session().source().pixels().width());
            assertTrue(editor.hasView(), size[0] + "×" + size[1] + " is on screen");
            page.closeAllEditors(false);
        }
    }

    @Test
    void aFaceTheDetectorMissedIsDrawnByHandAndUndone() throws Exception {
        // a face-shaped patch of skin without eyes or mouth: skin, but nothing a detector calls a face
        PlanarImage oval = SyntheticSkin.portrait(400, SyntheticSkin.TONES[2], 0, 3).clean();
        PlanarImage blank = oval.copy();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < blank.plane(c).length; i++) {
                blank.plane(c)[i] = oval.plane(c)[200 * 400 + 200] * (1 - 0.02f * ((i % 400) / 400f));
            }
        }
        Path file = dir.resolve("blank.png");
        ImageFiles.write(new ImageDocument(blank, null, 8, "png", null), file, WriteOptions.of(OutputFormat.PNG));
        CanvasEditor editor = open(window, file);
        AdjustmentControls controls = panel(window).controls();
        waitFor(() -> editor.session() != null && quiet(), "the image opens");
        EditSession session = editor.session();
        assertEquals(0, session.faces().size());
        assertTrue(controls.status().startsWith("No face found"), controls.status());

        Control canvas = editor.canvas();
        key(canvas, 'a');
        int w = canvas.getBounds().width;
        int h = canvas.getBounds().height;
        mouse(canvas, SWT.MouseDown, w / 3, h / 3);
        mouse(canvas, SWT.MouseMove, 2 * w / 3, 2 * h / 3);
        mouse(canvas, SWT.MouseUp, 2 * w / 3, 2 * h / 3);
        waitFor(() -> session.faces().size() == 1 && quiet(), "the drawn face is used");
        assertTrue(session.faces().get(0).manual());
        assertTrue(controls.status().startsWith("1 face found"), controls.status());

        OperationHistoryFactory.getOperationHistory().undo(editor.undoContext(), null, null);
        assertEquals(0, session.faces().size(), "undo removes the drawn face");
    }

    /** The face in the canvas's pixels. */
    private static Face onScreen(CanvasEditor editor, Face f) {
        double[] t = editor.screenTransform();
        return f.mapped(t[0], t[1], t[2]);
    }

    private static boolean isYellow(ImageData d, int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            RGB c = d.palette.getRGB(d.getPixel(x, Math.max(0, Math.min(d.height - 1, y + dy))));
            if (c.red > 200 && c.green > 200 && c.blue < 80) {
                return true;
            }
        }
        return false;
    }

    /** A capture as planes in [0, 1]. */
    private static PlanarImage planar(ImageData d) {
        PlanarImage p = PlanarImage.create(d.width, d.height, 3);
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                p.set(0, x, y, c.red / 255f);
                p.set(1, x, y, c.green / 255f);
                p.set(2, x, y, c.blue / 255f);
            }
        }
        return p;
    }
}
