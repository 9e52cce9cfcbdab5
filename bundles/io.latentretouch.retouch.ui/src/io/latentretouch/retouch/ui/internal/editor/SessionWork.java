package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.ImperfectionPreview;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.internal.SaveListeners;
import io.latentretouch.retouch.ui.internal.Services;

/** The session's long work, each run in the background: open, find skin again, prepare a view, apply, save. */
final class SessionWork {

    private SessionWork() {
    }

    /** Reads the file, finds its faces and its skin. */
    static EditSession open(Path file, RunMonitor monitor) throws Exception {
        ImageDocument doc = ImageFiles.read(file);
        Retoucher r = Services.get(Retoucher.class);
        return new EditSession(file, doc, r.skinMap(doc.pixels(), r.faces(doc.pixels(), monitor), monitor));
    }

    /** The skin found again for other faces (drawn or removed by the user). */
    static SkinMap remap(EditSession s, List<Face> faces, RunMonitor monitor) throws Exception {
        return Services.get(Retoucher.class).skinMap(s.source().pixels(), faces, monitor);
    }

    /** Prepares what the screen shows of {@code region} at {@code width × height}: source, result, masks, preview. */
    static ViewState view(EditSession s, PlanarImage result, SkinMap map, Region region, int width, int height, RunMonitor monitor) throws Exception {
        PlanarImage before = ViewState.crop(s.source().pixels(), region, width, height);
        Mask skinView = ViewState.crop(map.skin(), region, width, height);
        double scale = width / (double) region.width();
        List<Face> faces = map.faces().stream().map(f -> f.mapped(scale, -region.x() * scale, -region.y() * scale)).toList();
        ImperfectionPreview preview = Services.get(Retoucher.class).preview(before, skinView, faces, EditSession.SEED, monitor);
        return new ViewState(region, scale, before, ViewState.crop(result, region, width, height), skinView,
                ViewState.crop(map.features(), region, width, height), faces, preview, result, map);
    }

    /** The panel's adjustments at full resolution, on the source, with the fills {@code current} holds kept. */
    static Retouched apply(EditSession s, Adjustments a, SkinMap map, Mask fabric, Retouched current, RunMonitor monitor) throws Exception {
        Retouched retouched = Services.get(Retoucher.class).apply(s.source().pixels(), a.recipe(), RetouchMasks.of(map).withFabric(fabric),
                EditSession.SEED, monitor);
        return s.carried().keep(current, retouched);
    }

    /** A mask file (a fabric region, a fill region), scaled to the image; its warning (another aspect) or null with it. */
    static MaskFiles.Imported maskFile(EditSession s, Path file) throws ImageIoException {
        return MaskFiles.read(file, s.source().pixels().width(), s.source().pixels().height());
    }

    /**
     * Candidates for the region of the current result (the source when nothing is applied): each carries the edits and
     * models of the result it was filled on, then its own.
     */
    static List<Retouched> fill(EditSession s, Retouched base, Mask region, String engine, FillOptions options, int count, RunMonitor monitor)
            throws Exception {
        PlanarImage image = base == null ? s.source().pixels() : base.image();
        List<Retouched> filled = Services.get(RegionFill.class).fill(image, region, engine, options, count, EditSession.SEED, monitor);
        if (base == null) {
            return filled;
        }
        return filled.stream().map(r -> new Retouched(r.image(), Stream.concat(base.edits().stream(), r.edits().stream()).toList(),
                Stream.concat(base.models().stream(), r.models().stream()).distinct().toList(), base.blemishes(), r.notes())).toList();
    }

    /** The flyaway strands around the session's faces in its current result. */
    static Mask flyaways(EditSession s, PlanarImage image, double strength, RunMonitor monitor) throws InferenceException {
        return Services.get(RegionFill.class).flyaways(image, s.faces(), strength, monitor);
    }

    /** A part of the portrait (hair, clothes…) in the current result, by the installed face-parsing model. */
    static Mask part(PlanarImage image, FacePart part, RunMonitor monitor) throws InferenceException {
        return MaskFiles.eightBit(Services.get(RegionFill.class).part(image, EnumSet.of(part), monitor));
    }

    /** Writes a fill as a variant beside the original, with its mask beside it, and tells the catalog. */
    static SavedVariant saveFill(EditSession s, Retouched result, FillMasks.Applied fill, Set<Market> markets) throws ImageIoException {
        return told(s, Variants.saveFill(s.file(), s.source(), result, fill.region(), fill.recipe(), fill.seed(), markets));
    }

    /** Writes a mask as an 8-bit grey PNG. */
    static Path exportMask(Mask mask, Path file) throws ImageIoException {
        MaskFiles.write(mask, file);
        return file;
    }

    /** Writes the applied result as a variant beside the original, and its labelled export copy if one is required; tells the catalog. */
    static SavedVariant save(EditSession s, Retouched result, Adjustments a, Set<Market> markets) throws ImageIoException {
        return told(s, Variants.save(s.file(), s.source(), result, a.recipe(), EditSession.SEED, markets));
    }

    private static SavedVariant told(EditSession s, SavedVariant saved) {
        SaveListeners.tell(s.file(), saved);
        return saved;
    }
}
