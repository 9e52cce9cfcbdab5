package io.latentretouch.inference.models.internal.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.inference.models.Inpainter;

/**
 * The crop-around-the-hole strategy every inpainter shares: each group of holes is regenerated in a square crop with
 * context, and the result goes back through the holes grown and feathered, so no seam shows and every pixel beyond
 * the feather is the original's. Subclasses run their model on a crop.
 */
abstract class CropInpainter implements Inpainter {

    /** Growth and softness of the paste-back edge, in pixels of the crop at model resolution. */
    static final int GROW = 3;
    static final double SOFTNESS = 2;
    /** Width of the band beyond the blend edge where colours are matched, in model pixels. */
    static final int RING = 8;

    private final InferenceService service;
    private final ModelDescriptor model;

    CropInpainter(InferenceService service, ModelDescriptor model) {
        this.service = service;
        this.model = model;
    }

    /** Runs this inpainter's model once. */
    final Map<String, Tensor> run(Map<String, Tensor> inputs, RunMonitor monitor) throws InferenceException {
        return service.run(model, inputs, monitor);
    }

    @Override
    public final ModelDescriptor model() {
        return model;
    }

    /**
     * Regenerates the hole of a crop.
     *
     * @param crop where the crop lies in the whole image (for position-dependent noise)
     * @return the crop with its hole filled, same size
     */
    abstract PlanarImage fill(PlanarImage patch, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException;

    /**
     * Where the regenerated crop replaces the image's pixels: the hole grown and feathered, scaled with the crop
     * factor, so a model that also redraws the known pixels, at another resolution, blends in without a seam.
     */
    Mask blend(Mask hole, Region crop, double feather) {
        double scale = pixelScale(crop);
        return Masks.feather(hole, (int) Math.ceil(GROW * scale), feather > 0 ? feather : SOFTNESS * scale);
    }

    /** How many image pixels one model pixel covers for this crop, to scale the paste-back edge. */
    double pixelScale(Region crop) {
        return 1;
    }

    /**
     * Group after group; a group's crop sees the groups before it already regenerated, so overlaps never seam. The
     * frame is copied once, at the end, when every model run is over (a fresh frame-sized allocation competes with the
     * model for the cores while the collector settles it).
     */
    @Override
    public final PlanarImage inpaint(PlanarImage image, Mask hole, long seed, FillOptions options, RunMonitor monitor) throws InferenceException {
        List<HoleGroups.Group> groups = HoleGroups.groups(hole, options.context());
        List<Filled> done = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            monitor.checkCancelled();
            Region crop = groups.get(i).crop();
            PlanarImage patch = image.crop(crop);
            done.forEach(earlier -> earlier.overlay(patch, crop));
            done.add(new Filled(crop, fillCrop(patch, groups.get(i).holeIn(hole), crop, seed, options, monitor)));
            monitor.worked(i + 1, groups.size());
        }
        PlanarImage result = image.copy();
        done.forEach(f -> result.paste(f.pixels(), f.at().x(), f.at().y()));
        return result;
    }

    /** A regenerated crop and where it goes. */
    private record Filled(Region at, PlanarImage pixels) {

        /** Copies what of this crop lies inside {@code region} onto {@code patch}, the image's pixels there. */
        void overlay(PlanarImage patch, Region region) {
            Region shared = at.intersect(region);
            if (!shared.isEmpty()) {
                Region mine = new Region(shared.x() - at.x(), shared.y() - at.y(), shared.width(), shared.height());
                patch.paste(pixels.crop(mine), shared.x() - region.x(), shared.y() - region.y());
            }
        }
    }

    /** The crop's pixels with its holes regenerated and blended in through the feathered edge (in place). */
    private PlanarImage fillCrop(PlanarImage patch, Mask holePatch, Region crop, long seed, FillOptions options, RunMonitor monitor)
            throws InferenceException {
        PlanarImage filled = fill(patch, holePatch, crop, seed, monitor);
        Mask blend = blend(holePatch, crop, options.feather());
        if (options.colourMatch()) {
            ColourMatch.apply(patch, filled, blend, (int) Math.ceil(RING * pixelScale(crop)));
        }
        float[] f = blend.values();
        for (int c = 0; c < patch.channels(); c++) {
            float[] p = patch.plane(c);
            float[] g = filled.plane(c);
            for (int i = 0; i < p.length; i++) {
                p[i] = f[i] == 0f ? p[i] : p[i] + f[i] * (g[i] - p[i]);
            }
        }
        return patch;
    }
}
