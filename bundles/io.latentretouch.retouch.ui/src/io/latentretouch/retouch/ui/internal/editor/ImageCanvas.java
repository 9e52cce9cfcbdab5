package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * The image on screen: the current view of the session (the live preview while the slider moves, else the applied
 * result), the source left of the divider in split view, the skin mask as a red overlay, the brush outline and a line
 * of hints. {@link CanvasInput} turns mouse and keys into changes here; {@link ViewUpdates} prepares the views.
 */
final class ImageCanvas extends Canvas {

    private static final int MARGIN = 8;
    private static final double FEATURES_OPACITY = 0.45;

    private EditSession session;
    private Viewport viewport;
    private Brush brush;
    private boolean fitted = true;
    private ViewState view;
    private Image before;
    private Image after;
    private Image overlay;
    private Image features;
    /** The latent preview of a generation started from this image, drawn over it until the frame is done; or null. */
    private Image generating;
    private float afterLevel = Float.NaN;
    private double overlayOpacity;
    private Rectangle drawing;
    private Mask painting;
    private Mask overlaid;
    private Mask cropped;
    private Mask croppedFrom;
    private ViewState croppedFor;
    private boolean split;
    private double divider = 0.5;
    private Point pointer;
    private String message = Messages.canvasOpening;

    ImageCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> {
            if (fitted) {
                fit();
            }
        });
        addDisposeListener(e -> {
            dispose(before);
            dispose(after);
            dispose(overlay);
            dispose(features);
            dispose(generating);
        });
    }

    /** Shows the session, the whole image fitted into the canvas. */
    void show(EditSession s) {
        session = s;
        viewport = new Viewport(s.source().pixels().width(), s.source().pixels().height());
        brush = new Brush(s.source().pixels().width(), s.source().pixels().height());
        message = null;
        s.addListener(this::sessionChanged);
        fit();
    }

    /** Shows a generation's latent preview over the whole image (stretched to it), or stops showing one (null). */
    void showGenerating(Image preview) {
        generating = replace(generating, preview);
        redraw();
    }

    boolean generating() {
        return generating != null;
    }

    /** A line in the middle of the canvas instead of the image: loading, or why it failed. */
    void showMessage(String text) {
        if (!isDisposed()) {
            message = text;
            redraw();
        }
    }

    EditSession session() {
        return session;
    }

    Viewport viewport() {
        return viewport;
    }

    Brush brush() {
        return brush;
    }

    ViewState view() {
        return view;
    }

    void fit() {
        if (viewport != null) {
            Rectangle area = getClientArea();
            viewport.fit(Math.max(1, area.width), Math.max(1, area.height));
            fitted = true;
            viewportChanged();
        }
    }

    /** After a zoom or pan: redraw now, a sharper view follows. */
    void viewportMoved() {
        fitted = false;
        viewportChanged();
    }

    private void viewportChanged() {
        redraw();
        notifyListeners(SWT.Modify, null);
    }

    /** A freshly prepared view for the current viewport. */
    void setView(ViewState v) {
        view = v;
        before = replace(before, ScreenImages.of(getDisplay(), v.before(), session.screen()));
        features = replace(features, ScreenImages.overlay(getDisplay(), v.features(), FEATURES_OPACITY, ScreenImages.FEATURES));
        afterLevel = Float.NaN;
        dispose(after);
        after = null;
        overlayOpacity = -1;
        sessionChanged();
    }

    /** Re-renders what a change of the session shows: the preview at a new level, the overlay. */
    private void sessionChanged() {
        if (view == null || isDisposed()) {
            return;
        }
        boolean preview = session.previewing() || !view.showsCurrent(session);
        float level = preview ? (float) session.adjustments().level() : Float.POSITIVE_INFINITY;
        if (after == null || level != afterLevel) {
            PlanarImage shown = preview ? view.preview().render(level) : view.after();
            after = replace(after, ScreenImages.of(getDisplay(), shown, session.screen()));
            afterLevel = level;
        }
        if (session.overlay() != overlayOpacity || edited() != overlaid) {
            updateOverlay();
        }
        redraw();
    }

    private void updateOverlay() {
        overlayOpacity = session.overlay();
        overlaid = edited();
        Mask shown = painting != null ? painting : editedView();
        int colour = session.fills().editing() ? ScreenImages.FILL : ScreenImages.SKIN;
        overlay = replace(overlay, overlayOpacity > 0 ? ScreenImages.overlay(getDisplay(), shown, overlayOpacity, colour) : null);
    }

    /** The full-size mask the brush edits: the active fill mask while the Inpainting panel leads, else the skin. */
    Mask edited() {
        return session.fills().editing() ? session.fills().mask() : session.skin();
    }

    /** The edited mask at the view's size (the skin's view was prepared with the view; a fill mask is cropped here). */
    Mask editedView() {
        if (!session.fills().editing()) {
            return view.skin();
        }
        Mask full = session.fills().mask();
        if (full != croppedFrom || view != croppedFor) {
            cropped = ViewState.crop(full, view.region(), view.skin().width(), view.skin().height());
            croppedFrom = full;
            croppedFor = view;
        }
        return cropped;
    }

    /** While a stroke is painted: the view-sized mask it paints into, or null when it ends. */
    void painting(Mask viewMask) {
        painting = viewMask;
        if (view != null) {
            updateOverlay();
            redraw();
        }
    }

    /** While a face box is drawn: its rectangle on screen, or null when it ends. */
    void drawing(Rectangle box) {
        drawing = box;
        redraw();
    }

    boolean split() {
        return split;
    }

    void toggleSplit() {
        split = !split;
        redraw();
    }

    boolean nearDivider(int x) {
        return split && Math.abs(x - dividerX()) <= MARGIN;
    }

    void moveDivider(int x) {
        divider = Math.max(0, Math.min(1, x / (double) Math.max(1, getClientArea().width)));
        redraw();
    }

    private int dividerX() {
        return (int) Math.round(getClientArea().width * divider);
    }

    /** Where the pointer is, for the brush outline; null when it left the canvas. */
    void pointAt(Point p) {
        pointer = p;
        if (brush != null && brush.paints()) {
            redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillRectangle(area);
        if (message != null) {
            text(gc, message, (area.width - gc.textExtent(message).x) / 2, area.height / 2);
            return;
        }
        if (view != null) {
            Rectangle dest = onScreen(view.region());
            int cut = split ? dividerX() : 0;
            if (split) {
                gc.setClipping(0, 0, cut, area.height);
                draw(gc, before, dest);
            }
            gc.setClipping(cut, 0, area.width - cut, area.height);
            draw(gc, after, dest);
            gc.setClipping((Rectangle) null);
            draw(gc, overlay, dest);
            if (session.showsFaces()) {
                draw(gc, features, dest);
                FaceOverlay.draw(gc, viewport, session.faces(), drawing);
            }
            if (generating != null) {
                draw(gc, generating, onScreen(new Region(0, 0, session.source().pixels().width(), session.source().pixels().height())));
                text(gc, Messages.canvasGenerating, MARGIN, MARGIN);
            }
            if (split) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.setLineWidth(2);
                gc.drawLine(cut, 0, cut, area.height);
                gc.setLineWidth(1);
                text(gc, Messages.canvasBefore, cut - MARGIN - gc.textExtent(Messages.canvasBefore).x, MARGIN);
                text(gc, Messages.canvasAfter, cut + MARGIN, MARGIN);
            }
        }
        if (brush.paints() && pointer != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            int r = (int) Math.round(brush.radius() * viewport.zoom);
            gc.drawOval(pointer.x - r, pointer.y - r, 2 * r, 2 * r);
            int inner = (int) Math.round(r * brush.hardness());
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawOval(pointer.x - inner, pointer.y - inner, 2 * inner, 2 * inner);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        String hints = NLS.bind(Messages.canvasHints, new Object[] {Math.round(viewport.zoom * 100), tool(), Math.round(brush.radius()),
                Math.round(brush.hardness() * 100)});
        text(gc, hints, MARGIN, area.height - gc.getFontMetrics().getHeight() - MARGIN);
    }

    private String tool() {
        boolean region = session.fills().editing();
        return switch (brush.tool()) {
            case HAND -> Messages.toolHand;
            case ADD -> region ? Messages.toolAddRegion : Messages.toolAdd;
            case ERASE -> region ? Messages.toolEraseRegion : Messages.toolErase;
            case FACE -> Messages.toolFace;
            case RECTANGLE -> Messages.toolRectangle;
            case ELLIPSE -> Messages.toolEllipse;
            case LASSO -> Messages.toolLasso;
            case WAND -> Messages.toolWand;
        };
    }

    private Rectangle onScreen(Region r) {
        int x0 = (int) Math.round(viewport.offsetX + r.x() * viewport.zoom);
        int y0 = (int) Math.round(viewport.offsetY + r.y() * viewport.zoom);
        int x1 = (int) Math.round(viewport.offsetX + r.right() * viewport.zoom);
        int y1 = (int) Math.round(viewport.offsetY + r.bottom() * viewport.zoom);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static void draw(GC gc, Image image, Rectangle dest) {
        if (image != null) {
            Rectangle b = image.getBounds();
            gc.drawImage(image, 0, 0, b.width, b.height, dest.x, dest.y, dest.width, dest.height);
        }
    }

    private void text(GC gc, String s, int x, int y) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(s, x, y, false);
    }

    private static Image replace(Image old, Image fresh) {
        dispose(old);
        return fresh;
    }

    private static void dispose(Image image) {
        if (image != null) {
            image.dispose();
        }
    }
}
