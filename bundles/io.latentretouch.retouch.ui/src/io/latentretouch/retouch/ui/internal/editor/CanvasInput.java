package io.latentretouch.retouch.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.models.Face;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * Mouse and keys on the canvas. Wheel zooms at the pointer; middle drag, the hand (H) or a held space pans; 0 fits,
 * 1 shows 100 %, + and − zoom; \ toggles before/after with a draggable divider; M shows or hides the mask; B adds to
 * the mask and E erases, [ and ] change the brush size, { and } its hardness; R, O and L add a rectangle, an ellipse or a
 * lasso's polygon to it, W the region of similar colour around a click; F shows or hides the faces and their protected features; A draws a face box (a click in a box removes that face).
 */
final class CanvasInput implements Listener {

    /** Receives each finished stroke: the session's mask with it painted in, and the region it changed. */
    interface Strokes {
        void stroked(Mask painted, Region region, boolean add);
    }

    /** Receives the faces after one was drawn or removed, with the undo label. */
    interface Faces {
        void changed(List<Face> faces, String label);
    }

    /** A face box smaller than this, in screen pixels, is a click. */
    private static final int CLICK = 6;

    private static final double WHEEL_STEP = 1.25;
    static final double DEFAULT_OVERLAY = 0.5;

    private final ImageCanvas canvas;
    private final Strokes strokes;
    private final Faces faces;
    private Point dragFrom;
    private Point boxFrom;
    private List<Point> lasso;
    private boolean dividing;
    private boolean space;
    private BrushStroke stroke;
    private BrushStroke viewStroke;
    private double lastOverlay = DEFAULT_OVERLAY;

    private CanvasInput(ImageCanvas canvas, Strokes strokes, Faces faces) {
        this.canvas = canvas;
        this.strokes = strokes;
        this.faces = faces;
    }

    static void attach(ImageCanvas canvas, Strokes strokes, Faces faces) {
        CanvasInput input = new CanvasInput(canvas, strokes, faces);
        for (int type : new int[] {SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseVerticalWheel, SWT.MouseExit, SWT.KeyDown, SWT.KeyUp}) {
            canvas.addListener(type, input);
        }
    }

    @Override
    public void handleEvent(Event e) {
        if (canvas.session() == null || canvas.view() == null) {
            return;
        }
        switch (e.type) {
            case SWT.MouseDown -> down(e);
            case SWT.MouseMove -> move(e);
            case SWT.MouseUp -> up(e);
            case SWT.MouseVerticalWheel -> zoomBy(Math.pow(WHEEL_STEP, Math.signum(e.count)), e.x, e.y);
            case SWT.MouseExit -> canvas.pointAt(null);
            case SWT.KeyDown -> key(e);
            case SWT.KeyUp -> space = space && e.character != ' ';
            default -> throw new IllegalArgumentException("Unexpected event " + e.type);
        }
    }

    private void down(Event e) {
        canvas.setFocus();
        Brush brush = canvas.brush();
        if (e.button == 1 && canvas.nearDivider(e.x)) {
            dividing = true;
        } else if (e.button == 1 && brush.tool() == Brush.Tool.WAND && !space) {
            wand(e.x, e.y);
        } else if (e.button == 1 && brush.tool() == Brush.Tool.LASSO && !space) {
            lasso = new ArrayList<>();
            lasso.add(new Point(e.x, e.y));
        } else if (e.button == 1 && brush.tool().boxes() && !space) {
            boxFrom = new Point(e.x, e.y);
        } else if (e.button == 2 || e.button == 1 && (space || !brush.paints())) {
            dragFrom = new Point(e.x, e.y);
        } else if (e.button == 1) {
            beginStroke(brush, e.x, e.y);
        }
    }

    private void move(Event e) {
        canvas.pointAt(new Point(e.x, e.y));
        if (dividing) {
            canvas.moveDivider(e.x);
        } else if (dragFrom != null) {
            canvas.viewport().pan(e.x - dragFrom.x, e.y - dragFrom.y);
            dragFrom = new Point(e.x, e.y);
            canvas.viewportMoved();
        } else if (stroke != null) {
            paintTo(e.x, e.y);
        } else if (lasso != null) {
            lasso.add(new Point(e.x, e.y));
            canvas.drawing(bounds(lasso));
        } else if (boxFrom != null) {
            canvas.drawing(box(boxFrom, e.x, e.y));
        }
    }

    private void up(Event e) {
        dividing = false;
        dragFrom = null;
        if (lasso != null) {
            lassoed(lasso);
            lasso = null;
            canvas.drawing(null);
        }
        if (boxFrom != null) {
            Rectangle r = box(boxFrom, e.x, e.y);
            if (canvas.brush().tool() == Brush.Tool.FACE) {
                faceBox(r);
            } else {
                shape(r, canvas.brush().tool() == Brush.Tool.ELLIPSE);
            }
            boxFrom = null;
            canvas.drawing(null);
        }
        if (stroke != null) {
            canvas.painting(null);
            if (!stroke.touched().isEmpty()) {
                strokes.stroked(stroke.mask(), stroke.touched(), canvas.brush().tool() == Brush.Tool.ADD);
            }
            stroke = null;
            viewStroke = null;
        }
    }

    private void beginStroke(Brush brush, int x, int y) {
        EditSession s = canvas.session();
        ViewState view = canvas.view();
        if (s.overlay() == 0) {
            s.setOverlay(lastOverlay);
        }
        boolean add = brush.tool() == Brush.Tool.ADD;
        stroke = new BrushStroke(copy(canvas.edited()), add, brush.radius(), brush.hardness(), brush.opacity());
        viewStroke = new BrushStroke(copy(canvas.editedView()), add, brush.radius() * view.scale(), brush.hardness(), brush.opacity());
        Viewport v = canvas.viewport();
        stroke.dab(v.imageX(x), v.imageY(y));
        viewStroke.dab(viewX(v.imageX(x)), viewY(v.imageY(y)));
        canvas.painting(viewStroke.mask());
    }

    private void paintTo(int x, int y) {
        Viewport v = canvas.viewport();
        double ix = v.imageX(x);
        double iy = v.imageY(y);
        stroke.lineTo(ix, iy);
        viewStroke.lineTo(viewX(ix), viewY(iy));
        canvas.painting(viewStroke.mask());
    }

    /** A face drawn from the box, or the face clicked removed. */
    private void faceBox(Rectangle r) {
        Viewport v = canvas.viewport();
        List<Face> now = new ArrayList<>(canvas.session().faces());
        if (r.width < CLICK && r.height < CLICK) {
            double x = v.imageX(r.x);
            double y = v.imageY(r.y);
            if (now.removeIf(f -> x >= f.x() && x <= f.x() + f.width() && y >= f.y() && y <= f.y() + f.height())) {
                faces.changed(now, Messages.undoFaceRemove);
            }
            return;
        }
        now.add(Face.manual(v.imageX(r.x), v.imageY(r.y), r.width / v.zoom, r.height / v.zoom));
        faces.changed(now, Messages.undoFaceAdd);
    }

    /** A rectangle or an ellipse added to the edited mask. */
    private void shape(Rectangle r, boolean ellipse) {
        Mask m = canvas.edited();
        Region box = inImage(r, 0, m);
        if (!box.isEmpty()) {
            strokes.stroked(Shapes.added(m, box, ellipse), box, true);
        }
    }

    /** The lasso's polygon, in screen points, added to the edited mask. */
    private void lassoed(List<Point> points) {
        Viewport v = canvas.viewport();
        double[] xs = points.stream().mapToDouble(p -> v.imageX(p.x)).toArray();
        double[] ys = points.stream().mapToDouble(p -> v.imageY(p.y)).toArray();
        Mask m = canvas.edited();
        Mask added = points.size() < 3 ? null : Shapes.polygon(m, xs, ys);
        if (added != null) {
            strokes.stroked(added, inImage(bounds(points), 2, m), true);
        }
    }

    /** A rectangle on screen in the mask's pixels, {@code pad} pixels wider and taller, within the mask. */
    private Region inImage(Rectangle r, int pad, Mask m) {
        Viewport v = canvas.viewport();
        return new Region((int) Math.floor(v.imageX(r.x)), (int) Math.floor(v.imageY(r.y)), (int) Math.ceil(r.width / v.zoom) + pad,
                (int) Math.ceil(r.height / v.zoom) + pad).intersect(Region.of(m.width(), m.height()));
    }

    /**
     * The region of similar colour around the click, in the current result, added to the edited mask, found in the
     * background (about a second on 24 megapixels).
     */
    private void wand(int x, int y) {
        Viewport v = canvas.viewport();
        Mask m = canvas.edited();
        PlanarImage image = canvas.session().result();
        double tolerance = canvas.brush().tolerance();
        int ix = (int) Math.floor(v.imageX(x));
        int iy = (int) Math.floor(v.imageY(y));
        if (ix >= 0 && iy >= 0 && ix < m.width() && iy < m.height()) {
            Background.start(Messages.jobWand, canvas.getDisplay(), monitor -> Shapes.wand(m, image, ix, iy, tolerance),
                    found -> strokes.stroked(found, Region.of(m.width(), m.height()), true), canvas::showMessage);
        }
    }

    private static Rectangle bounds(List<Point> points) {
        int x0 = points.stream().mapToInt(p -> p.x).min().orElse(0);
        int y0 = points.stream().mapToInt(p -> p.y).min().orElse(0);
        int x1 = points.stream().mapToInt(p -> p.x).max().orElse(0);
        int y1 = points.stream().mapToInt(p -> p.y).max().orElse(0);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static Rectangle box(Point from, int x, int y) {
        return new Rectangle(Math.min(from.x, x), Math.min(from.y, y), Math.abs(x - from.x), Math.abs(y - from.y));
    }

    private static Mask copy(Mask m) {
        return Mask.wrap(m.width(), m.height(), m.values().clone());
    }

    private double viewX(double imageX) {
        return (imageX - canvas.view().region().x()) * canvas.view().scale();
    }

    private double viewY(double imageY) {
        return (imageY - canvas.view().region().y()) * canvas.view().scale();
    }

    private void key(Event e) {
        Brush brush = canvas.brush();
        Rectangle area = canvas.getClientArea();
        switch (e.character) {
            case '0' -> canvas.fit();
            case '1' -> zoomBy(1 / canvas.viewport().zoom, area.width / 2, area.height / 2);
            case '+', '=' -> zoomBy(WHEEL_STEP, area.width / 2, area.height / 2);
            case '-' -> zoomBy(1 / WHEEL_STEP, area.width / 2, area.height / 2);
            case '\\' -> canvas.toggleSplit();
            case 'm', 'M' -> toggleOverlay();
            case 'b', 'B' -> brush.use(Brush.Tool.ADD);
            case 'e', 'E' -> brush.use(Brush.Tool.ERASE);
            case 'h', 'H' -> brush.use(Brush.Tool.HAND);
            case 'r', 'R' -> brush.use(Brush.Tool.RECTANGLE);
            case 'o', 'O' -> brush.use(Brush.Tool.ELLIPSE);
            case 'l', 'L' -> brush.use(Brush.Tool.LASSO);
            case 'w', 'W' -> brush.use(Brush.Tool.WAND);
            case 'f', 'F' -> canvas.session().setShowFaces(!canvas.session().showsFaces());
            case 'a', 'A' -> {
                brush.use(Brush.Tool.FACE);
                canvas.session().setShowFaces(true);
            }
            case ']' -> brush.larger();
            case '[' -> brush.smaller();
            case '}' -> brush.harder();
            case '{' -> brush.softer();
            case ' ' -> space = true;
            default -> {
                return;
            }
        }
        canvas.redraw();
    }

    private void toggleOverlay() {
        EditSession s = canvas.session();
        if (s.overlay() > 0) {
            lastOverlay = s.overlay();
            s.setOverlay(0);
        } else {
            s.setOverlay(lastOverlay);
        }
    }

    private void zoomBy(double factor, int x, int y) {
        canvas.viewport().zoomAt(canvas.viewport().zoom * factor, x, y);
        canvas.viewportMoved();
    }
}
