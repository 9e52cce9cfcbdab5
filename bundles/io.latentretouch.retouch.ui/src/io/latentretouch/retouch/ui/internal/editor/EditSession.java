package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.inference.models.Face;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * One image being retouched: its source, the skin mask the brush refines, the panel's adjustments, the last applied
 * result and how the screen shows them. Changed on the UI thread only; jobs hand their results back there. Listeners
 * hear of every change.
 */
public final class EditSession {

    /** Seed of this session's random choices; the variant records it. */
    static final long SEED = 20261128L;
    /** Skin coverage below which the imperfection level has nothing to act on. */
    private static final double MIN_SKIN = 0.002;

    private final Path file;
    private final ImageDocument source;
    private final ColorConverter screen;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private SkinMap map;
    private Adjustments adjustments = Adjustments.NEUTRAL;
    private Retouched applied;
    private Adjustments appliedWith = Adjustments.NEUTRAL;
    private Retouched saved;
    private SavedVariant lastVariant;
    private boolean previewing;
    private double overlay;
    private boolean showFaces;
    private Mask fabric;
    private final FillMasks fills;
    private final CarriedFills carried = new CarriedFills();

    EditSession(Path file, ImageDocument source, SkinMap map) {
        this.file = file;
        this.source = source;
        this.map = map;
        this.screen = new ColorConverter(source.colorSpace());
        this.fills = new FillMasks(source.pixels().width(), source.pixels().height(), NLS.bind(Messages.fillMaskName, 1), this::changed);
    }

    /** The Inpainting panel's masks and candidates. */
    /** The fills each result holds, kept when the imperfection panel applies again. */
    CarriedFills carried() {
        return carried;
    }

    public FillMasks fills() {
        return fills;
    }

    public Path file() {
        return file;
    }

    public ImageDocument source() {
        return source;
    }

    /** The skin mask: the models', as refined by the brush. Never changed in place: edits replace it. */
    public Mask skin() {
        return map.skin();
    }

    void setSkin(Mask skin) {
        map = map.withSkin(skin);
        changed();
    }

    /** The skin with its faces and protected features. */
    public SkinMap map() {
        return map;
    }

    /** A new skin map, after faces were drawn or removed. */
    void setMap(SkinMap m) {
        map = m;
        changed();
    }

    /** The faces found or drawn. */
    public List<Face> faces() {
        return map.faces();
    }

    /** Whether the canvas shows the faces and their protected features. */
    public boolean showsFaces() {
        return showFaces;
    }

    public void setShowFaces(boolean show) {
        showFaces = show;
        changed();
    }

    /** The fabric region imported from a mask file, or null. */
    public Mask fabric() {
        return fabric;
    }

    void setFabric(Mask region) {
        fabric = region;
        changed();
    }

    /** Whether the image has skin enough for the imperfection level to mean anything. */
    public boolean hasSkin() {
        return map.skin().coverage() > MIN_SKIN;
    }

    ColorConverter screen() {
        return screen;
    }

    public Adjustments adjustments() {
        return adjustments;
    }

    /** New panel settings; a new level shows at once in the live preview, the rest on Apply. */
    public void adjust(Adjustments a) {
        previewing = previewing || a.level() != adjustments.level();
        adjustments = a;
        changed();
    }

    /** The fill candidate picked, else the full-resolution result of the last Apply, else the source. */
    public PlanarImage result() {
        Retouched candidate = fills.shown();
        return candidate != null ? candidate.image() : applied == null ? source.pixels() : applied.image();
    }

    /** The last applied result, or null. */
    public Retouched applied() {
        return applied;
    }

    /** The settings the last applied result was made with (neutral when there is none). */
    Adjustments appliedWith() {
        return appliedWith;
    }

    /**
     * Makes {@code result}, made with {@code a}, the current result; null goes back to the source, with {@code a}
     * shown as a live preview until it is applied again.
     */
    void setApplied(Retouched result, Adjustments a) {
        applied = result;
        appliedWith = result == null ? Adjustments.NEUTRAL : a;
        adjustments = a;
        previewing = result == null;
        changed();
    }

    /** Whether the applied result differs from the last one saved as a variant. */
    public boolean unsaved() {
        return applied != null && applied != saved;
    }

    void markSaved(Retouched result, SavedVariant variant) {
        saved = result;
        lastVariant = variant;
        changed();
    }

    /** The variant saved last, or null. */
    public Path lastVariant() {
        return lastVariant == null ? null : lastVariant.file();
    }

    /** The labelled export copy of the variant saved last, or null when none was required. */
    public Path lastLabelled() {
        return lastVariant == null ? null : lastVariant.labelled();
    }

    /** Whether the screen shows the slider's live preview rather than the last applied result. */
    boolean previewing() {
        return previewing;
    }

    /** Opacity of the mask overlay, 0 (hidden) … 1. */
    public double overlay() {
        return overlay;
    }

    public void setOverlay(double opacity) {
        overlay = Math.max(0, Math.min(1, opacity));
        changed();
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
