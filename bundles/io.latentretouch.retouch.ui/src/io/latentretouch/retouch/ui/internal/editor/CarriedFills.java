package io.latentretouch.retouch.ui.internal.editor;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.retouch.Retouched;

/**
 * The fills a result holds, so that applying the imperfection panel again — which retouches the source — keeps them:
 * for each result that holds fills, the pixels that came from a fill (exactly those a fill changed, its feathered
 * edge included) and the fills' edits and models, for the provenance.
 */
final class CarriedFills {

    /** Where a result's pixels are a fill's, and what the fills were. */
    private record Carried(boolean[] where, List<Edit> edits, List<ModelUse> models) {
    }

    private final Map<Retouched, Carried> carried = new WeakHashMap<>();

    /**
     * Records a fill applied on {@code base} (null: the source, {@code baseImage}): the result holds what the base held
     * and the pixels the fill changed.
     */
    synchronized void filled(Retouched base, PlanarImage baseImage, Retouched filled) {
        Carried before = base == null ? null : carried.get(base);
        PlanarImage after = filled.image();
        boolean[] where = before == null ? new boolean[after.width() * after.height()] : before.where().clone();
        for (int c = 0; c < after.channels(); c++) {
            float[] a = after.plane(c);
            float[] b = baseImage.plane(c);
            for (int i = 0; i < a.length; i++) {
                where[i] |= a[i] != b[i];
            }
        }
        List<Edit> own = filled.edits().subList(base == null ? 0 : base.edits().size(), filled.edits().size());
        List<Edit> edits = before == null ? own : Stream.concat(before.edits().stream(), own.stream()).toList();
        List<ModelUse> models = before == null ? filled.models() : Stream.concat(before.models().stream(), filled.models().stream()).distinct().toList();
        carried.put(filled, new Carried(where, List.copyOf(edits), models));
    }

    /**
     * {@code retouched} (the source retouched anew) with the fills {@code current} holds put back, pixel for pixel,
     * and their edits after its own; {@code retouched} itself when {@code current} holds none.
     */
    synchronized Retouched keep(Retouched current, Retouched retouched) {
        Carried fills = current == null ? null : carried.get(current);
        if (fills == null) {
            return retouched;
        }
        PlanarImage image = retouched.image().copy();
        boolean[] where = fills.where();
        for (int c = 0; c < image.channels(); c++) {
            float[] dst = image.plane(c);
            float[] src = current.image().plane(c);
            for (int i = 0; i < dst.length; i++) {
                if (where[i]) {
                    dst[i] = src[i];
                }
            }
        }
        Retouched kept = new Retouched(image, Stream.concat(retouched.edits().stream(), fills.edits().stream()).toList(),
                Stream.concat(retouched.models().stream(), fills.models().stream()).distinct().toList(), retouched.blemishes(), retouched.notes());
        carried.put(kept, fills);
        return kept;
    }
}
