package io.latentretouch.retouch.ui.internal.editor;

import java.nio.file.Path;
import java.util.Set;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.retouch.ImperfectionPreview;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.internal.Services;

/** The session's long work, each run in the background: open, prepare a view, apply at full resolution, save. */
final class SessionWork {

    private SessionWork() {
    }

    /** Reads the file and finds its skin. */
    static EditSession open(Path file, RunMonitor monitor) throws Exception {
        ImageDocument doc = ImageFiles.read(file);
        Mask skin = Services.get(Retoucher.class).skinMask(doc.pixels(), monitor);
        return new EditSession(file, doc, skin);
    }

    /** Prepares what the screen shows of {@code region} at {@code width × height}: source, result, mask, preview. */
    static ViewState view(EditSession s, PlanarImage result, Mask skin, Region region, int width, int height, RunMonitor monitor) throws Exception {
        PlanarImage before = ViewState.crop(s.source().pixels(), region, width, height);
        Mask skinView = ViewState.crop(skin, region, width, height);
        double scale = width / (double) region.width();
        PlanarImage clean = Services.get(Retoucher.class).withoutBlemishes(before, skinView, EditSession.SEED, monitor);
        ImperfectionPreview preview = new ImperfectionPreview(before, skinView, clean == before ? null : clean, scale, EditSession.SEED);
        return new ViewState(region, scale, before, ViewState.crop(result, region, width, height), skinView, preview, result, skin);
    }

    /** The panel's adjustments at full resolution. */
    static Retouched apply(EditSession s, Adjustments a, Mask skin, RunMonitor monitor) throws Exception {
        return Services.get(Retoucher.class).apply(s.source().pixels(), a.recipe(), RetouchMasks.fromSkin(skin), EditSession.SEED, monitor);
    }

    /** Writes the applied result as a variant beside the original, and its labelled export copy if one is required. */
    static SavedVariant save(EditSession s, Retouched result, Adjustments a, Set<Market> markets) throws ImageIoException {
        return Variants.save(s.file(), s.source(), result, a.recipe(), EditSession.SEED, markets);
    }
}
