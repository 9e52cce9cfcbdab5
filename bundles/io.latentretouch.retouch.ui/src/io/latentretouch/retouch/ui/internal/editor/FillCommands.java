package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;

/**
 * What the Inpainting panel does to the canvas's image: pick the tool that edits the active fill mask, change the
 * mask as a whole, import and export it, Fill, apply the picked candidate. Call on the UI thread; the long ones run
 * as jobs, the edits are undoable.
 */
public final class FillCommands {

    /** The tools that edit a fill mask on the canvas. */
    public enum Tool {
        BRUSH(Brush.Tool.ADD), ERASER(Brush.Tool.ERASE), RECTANGLE(Brush.Tool.RECTANGLE), ELLIPSE(Brush.Tool.ELLIPSE), LASSO(Brush.Tool.LASSO),
        WAND(Brush.Tool.WAND), HAND(Brush.Tool.HAND);

        private final Brush.Tool brush;

        Tool(Brush.Tool brush) {
            this.brush = brush;
        }
    }

    /** Long side of a candidate's thumbnail, in pixels. */
    public static final int THUMBNAIL = 72;

    private final SessionCommands commands;
    private final ImageCanvas canvas;

    FillCommands(SessionCommands commands, ImageCanvas canvas) {
        this.commands = commands;
        this.canvas = canvas;
    }

    /** Makes the canvas edit the active fill mask with this tool, its overlay shown. */
    public void use(Tool tool) {
        EditSession s = canvas.session();
        s.fills().setEditing(true);
        if (s.overlay() == 0) {
            s.setOverlay(CanvasInput.DEFAULT_OVERLAY);
        }
        canvas.brush().use(tool.brush);
        canvas.setFocus();
    }

    /** A new brush radius, in image pixels. */
    public void setBrushSize(double radius) {
        canvas.brush().setRadius(radius);
    }

    /** The brush's radius in image pixels, its hardness and opacity (0 … 1), as the panel shows them. */
    public double[] brushSettings() {
        return new double[] {canvas.brush().radius(), canvas.brush().hardness(), canvas.brush().opacity()};
    }

    /** 0 (soft edge over the whole radius) … 1 (hard edge). */
    public void setHardness(double hardness) {
        canvas.brush().setHardness(hardness);
    }

    /** 0 … 1: the most one stroke selects or deselects. */
    public void setOpacity(double opacity) {
        canvas.brush().setOpacity(opacity);
    }

    /** The magic wand's colour tolerance, 0..1 of each channel's range. */
    public void setTolerance(double tolerance) {
        canvas.brush().setTolerance(tolerance);
    }

    /** Makes the active fill mask the skin mask (the face and skin models' with the brush's refinements); undoable. */
    public void fromSkin(String label) {
        Mask skin = canvas.session().skin();
        commands.changeFill(m -> skin, label);
    }

    /** Makes the active fill mask a part of the portrait (hair, clothes…) by the installed face-parsing model; undoable. */
    public void fromPart(FacePart part) {
        commands.fromPart(part);
    }

    /**
     * Makes the active fill mask the flyaway strands around the faces, to review and Fill.
     *
     * @param strength 0 … 1: how far from the hair mass (up to a face height) strands are taken
     */
    public void flyaways(double strength) {
        commands.flyaways(strength);
    }

    public void change(UnaryOperator<Mask> change, String label) {
        commands.changeFill(change, label);
    }

    public void importMask(Path file, Consumer<String> warn) {
        commands.importFill(file, warn);
    }

    public void exportMask(Path file, Consumer<Path> done) {
        commands.exportFill(file, done);
    }

    /** Fills the active mask's region with {@code count} candidates; the first shows on the canvas. */
    public void fill(String engine, FillOptions options, int count) {
        commands.fill(engine, options, count);
    }

    /** Candidate {@code k} around its region, at most {@link #THUMBNAIL} pixels on its long side; the caller disposes it. */
    public Image thumbnail(int k, Display display) {
        EditSession s = canvas.session();
        PlanarImage image = s.fills().candidates().get(k).image();
        Region box = s.fills().candidatesRegion().bounds();
        int side = Math.max(box.width(), box.height());
        box = box.expand(Math.max(16, side / 4)).intersect(image.bounds());
        double f = Math.min(1, THUMBNAIL / (double) Math.max(box.width(), box.height()));
        PlanarImage small = Resample.resize(image.crop(box), Math.max(1, (int) Math.round(box.width() * f)), Math.max(1, (int) Math.round(box.height() * f)));
        return ScreenImages.of(display, small, s.screen());
    }

    /** Makes the picked candidate the current result, an undoable step. */
    public void applyPicked() {
        commands.applyCandidate();
    }
}
