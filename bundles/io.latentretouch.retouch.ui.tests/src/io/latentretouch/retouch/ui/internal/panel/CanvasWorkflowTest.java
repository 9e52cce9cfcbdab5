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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.commons.imaging.Imaging;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.io.metadata.DigitalSourceType;
import io.latentretouch.imaging.io.metadata.DisclosurePolicy;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.XmpPackets;
import io.latentretouch.imaging.synthetic.SyntheticSkin;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Step;
import io.latentretouch.retouch.ui.RetouchIds;
import io.latentretouch.retouch.ui.internal.editor.CanvasEditor;
import io.latentretouch.retouch.ui.internal.editor.EditSession;
import io.latentretouch.retouch.ui.internal.preferences.RetouchPreferencePage;

/**
 * In the product's real window: open an image the way the Library does, move the imperfection slider by events and
 * watch the canvas change, paint and undo the mask, choose a market in the preferences, save a variant and read its
 * metadata back, fail to save into a blocked folder without losing the work.
 */
class CanvasWorkflowTest {

    @TempDir
    Path dir;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void closeEditors() throws Exception {
        page.closeAllEditors(false);
        InstanceScope.INSTANCE.getNode(RetouchIds.PREFERENCE_NODE).clear();
    }

    @Test
    void sliderPreviewsLiveAndSaveWritesALabelledVariant() throws Exception {
        Path photo = portrait("look-12.png", 512, 1, 12);
        byte[] original = Files.readAllBytes(photo);
        CanvasEditor editor = open(window, photo);
        AdjustmentControls controls = panel(window).controls();
        waitFor(() -> editor.session() != null && quiet(), "the image opens and its first view is prepared");
        EditSession session = editor.session();
        assertTrue(session.hasSkin());
        assertTrue(controls.level().scale().isEnabled());
        Control canvas = editor.canvas();
        ImageData natural = capture(canvas);

        slide(controls, 150);
        assertEquals(1.5, session.adjustments().level(), 1e-9);
        flush();
        ImageData cover = capture(canvas);
        double natDetail = detail(natural);
        double coverDetail = detail(cover);
        System.out.printf("on screen, detail at level 3: %.3f, at 1.5: %.3f%n", natDetail, coverDetail);
        // the middle of the canvas holds the eyes, nose and mouth too, which stay as sharp as they were
        assertTrue(coverDetail < 0.9 * natDetail, "the live preview smooths the skin: detail " + natDetail + " -> " + coverDetail);

        screenshot(canvas, "before-after.png");
        chooseMarketInPreferences("Norway");

        controls.saveButton().notifyListeners(SWT.Selection, new Event());
        waitFor(() -> session.lastVariant() != null, "the variant is saved");
        Path variant = session.lastVariant();
        assertEquals(dir.resolve("look-12.variants"), variant.getParent());
        assertTrue(Files.size(variant) > 0);
        assertArrayEquals(original, Files.readAllBytes(photo), "the original is untouched");
        XMPMeta xmp = XmpPackets.parse(Imaging.getXmpXml(variant.toFile()));
        assertEquals(DigitalSourceType.ALGORITHMICALLY_ENHANCED, ProvenanceXmp.sourceType(xmp));
        ProvenanceXmp.Regeneration r = ProvenanceXmp.regeneration(xmp);
        assertEquals(new Step.Imperfection(1.5), Recipes.read(new java.io.StringReader(r.recipe())).steps().get(0));
        assertEquals(List.of("NORWAY", "EU"), items(xmp, "DisclosureMarkets"), "the markets chosen in the preferences");
        assertEquals(List.of(DisclosurePolicy.NORWAY_LABEL), items(xmp, "DisclosureLabels"), "skin was retouched: Norway's label");
        assertFalse(editor.isDirty(), "saved");
        assertTrue(controls.status().contains("Saved look-12.variants"), controls.status());
        Path labelled = session.lastLabelled();
        assertTrue(labelled != null && Files.exists(labelled), "Norway's label is burned into an export copy");
        assertEquals(variant.resolveSibling(variant.getFileName().toString().replace(".png", "-labelled.png")), labelled);
        assertTrue(controls.status().contains(labelled.getFileName().toString()), controls.status());
    }

    @Test
    void aVariantThatCannotBeWrittenIsReportedAndTheAppliedResultIsKept() throws Exception {
        Path photo = portrait("look-7.png", 256, 3, 7);
        byte[] original = Files.readAllBytes(photo);
        Path blocker = Files.writeString(dir.resolve("look-7.variants"), "a file where the variants folder belongs");
        CanvasEditor editor = open(window, photo);
        AdjustmentControls controls = panel(window).controls();
        waitFor(() -> editor.session() != null && quiet(), "the image opens");
        EditSession session = editor.session();
        slide(controls, 200);

        AtomicReference<String> error = dismissNextDialog(editor.getPartName());
        controls.saveButton().notifyListeners(SWT.Selection, new Event());
        waitFor(() -> error.get() != null, "the failure is reported");
        assertTrue(error.get().contains("look-7.variants") && error.get().contains("cannot be created"), error.get());
        assertArrayEquals(original, Files.readAllBytes(photo), "the original is untouched");
        assertEquals("a file where the variants folder belongs", Files.readString(blocker));
        Retouched kept = session.applied();
        assertNotNull(kept, "the rendered result is kept");
        assertTrue(editor.isDirty(), "and still to be saved");
        assertNull(session.lastVariant());

        Files.delete(blocker);
        controls.saveButton().notifyListeners(SWT.Selection, new Event());
        waitFor(() -> session.lastVariant() != null, "the variant is saved once the folder can be made");
        assertSame(kept, session.applied(), "saving again writes the kept result without rendering it again");
        assertFalse(editor.isDirty());
    }

    @Test
    void aBrushStrokeAddsToTheMaskAndUndoRestoresItExactly() throws Exception {
        Path photo = dir.resolve("sky.png");
        PlanarImage sky = PlanarImage.create(300, 200, 3);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                sky.set(0, x, y, 0.3f);
                sky.set(1, x, y, 0.5f);
                sky.set(2, x, y, 0.6f + y / 1000f);
            }
        }
        ImageFiles.write(new ImageDocument(sky, null, 8, "png", null), photo, WriteOptions.of(OutputFormat.PNG));
        CanvasEditor editor = open(window, photo);
        AdjustmentControls controls = panel(window).controls();
        waitFor(() -> editor.session() != null && quiet(), "the image opens");
        EditSession session = editor.session();
        assertFalse(session.hasSkin());
        assertFalse(controls.level().scale().isEnabled(), "no skin: the slider is off");
        assertTrue(controls.status().startsWith("No skin was found"), controls.status());

        Control canvas = editor.canvas();
        float[] before = session.skin().values().clone();
        key(canvas, 'b');
        for (int i = 0; i < 6; i++) {
            key(canvas, ']');
        }
        Rectangle area = canvas.getBounds();
        mouse(canvas, SWT.MouseDown, area.width / 2, area.height / 2);
        mouse(canvas, SWT.MouseMove, area.width / 2 + 60, area.height / 2);
        mouse(canvas, SWT.MouseUp, area.width / 2 + 60, area.height / 2);
        assertTrue(session.skin().coverage() > 0.01, "the stroke selected skin: " + session.skin().coverage());
        assertTrue(session.overlay() > 0, "painting shows the mask");

        float[] painted = session.skin().values().clone();

        OperationHistoryFactory.getOperationHistory().undo(editor.undoContext(), null, null);
        assertArrayEquals(before, session.skin().values(), "undo restores the mask exactly");
        OperationHistoryFactory.getOperationHistory().redo(editor.undoContext(), null, null);
        assertArrayEquals(painted, session.skin().values(), "redo paints the stroke again");
    }

    /** A synthetic portrait written as a PNG in the test's folder. */
    private Path portrait(String name, int size, int tone, long seed) throws Exception {
        Path photo = dir.resolve(name);
        ImageFiles.write(new ImageDocument(SyntheticSkin.portrait(size, SyntheticSkin.TONES[tone], 8, seed).image(), null, 8, "png", null), photo,
                WriteOptions.of(OutputFormat.PNG));
        return photo;
    }

    /** Ticks a market in Window > Preferences > Latent Retouch > Retouching and presses OK. */
    private void chooseMarketInPreferences(String market) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), RetouchIds.PREFERENCE_PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            PreferencePage prefs = (PreferencePage) dialog.getSelectedPage();
            assertTrue(prefs instanceof RetouchPreferencePage, "the Retouching page opens: " + prefs);
            Button box = find(prefs.getControl(), Button.class, b -> b.getText().replace("&", "").startsWith(market));
            assertFalse(box.getSelection(), market + " is off by default");
            box.setSelection(true);
            box.notifyListeners(SWT.Selection, new Event());
            assertTrue(prefs.performOk());
        } finally {
            dialog.close();
        }
    }

    /** Closes the next dialog titled {@code title} once it shows; the returned reference then holds its text. */
    private static AtomicReference<String> dismissNextDialog(String title) {
        Display display = Display.getCurrent();
        AtomicReference<String> text = new AtomicReference<>();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.isVisible() && s.getParent() != null && title.equals(s.getText())) {
                        StringBuilder b = new StringBuilder();
                        collect(s, Label.class, l -> b.append(l.getText()).append('\n'));
                        text.set(b.toString());
                        s.close();
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, poll);
        return text;
    }

    private static <T extends Control> T find(Control root, Class<T> type, Predicate<T> which) {
        List<T> found = new ArrayList<>();
        collect(root, type, c -> {
            if (which.test(c)) {
                found.add(c);
            }
        });
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " matches");
        return found.get(0);
    }

    private static <T extends Control> void collect(Control c, Class<T> type, Consumer<T> to) {
        if (type.isInstance(c)) {
            to.accept(type.cast(c));
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, to);
            }
        }
    }

    private static List<String> items(XMPMeta xmp, String array) throws Exception {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= xmp.countArrayItems(XmpPackets.LR, array); i++) {
            values.add(xmp.getArrayItem(XmpPackets.LR, array, i).getValue());
        }
        return values;
    }

    /** Mean absolute difference of horizontally adjacent pixels' green in the middle of the capture. */
    private static double detail(ImageData d) {
        double sum = 0;
        int n = 0;
        for (int y = d.height / 4; y < 3 * d.height / 4; y++) {
            for (int x = d.width / 4; x < 3 * d.width / 4; x++) {
                sum += Math.abs(d.palette.getRGB(d.getPixel(x, y)).green - d.palette.getRGB(d.getPixel(x + 1, y)).green);
                n++;
            }
        }
        return sum / n;
    }

    /** With -Dscreenshots=DIR, the window in split view (source left of the divider) saved there. */
    private static void screenshot(Control canvas, String name) throws java.io.IOException {
        String folder = System.getProperty("screenshots", "off");
        if (folder.equals("off")) {
            return;
        }
        Files.createDirectories(Path.of(folder));
        key(canvas, '\\');
        flush();
        Rectangle bounds = canvas.getShell().getBounds();
        Image image = new Image(canvas.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(canvas.getDisplay());
        gc.copyArea(image, bounds.x, bounds.y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        image.dispose();
        key(canvas, '\\');
    }

}
