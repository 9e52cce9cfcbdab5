package io.latentretouch.inference.models.internal.adapters;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
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

    private final ModelDescriptor model;

    CropInpainter(ModelDescriptor model) {
        this.model = model;
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

    /** How many image pixels one model pixel covers for this crop, to scale the paste-back edge. */
    double pixelScale(Region crop) {
        return 1;
    }

    @Override
    public final PlanarImage inpaint(PlanarImage image, Mask hole, long seed, RunMonitor monitor) throws InferenceException {
        PlanarImage result = image.copy();
        List<Region> crops = HoleGroups.crops(hole);
        for (int i = 0; i < crops.size(); i++) {
            monitor.checkCancelled();
            result.paste(fillCrop(image, hole, crops.get(i), seed, monitor), crops.get(i).x(), crops.get(i).y());
            monitor.worked(i + 1, crops.size());
        }
        return result;
    }

    /** The crop of the image with its holes regenerated and blended in through the feathered edge. */
    private PlanarImage fillCrop(PlanarImage image, Mask hole, Region crop, long seed, RunMonitor monitor) throws InferenceException {
        PlanarImage patch = image.crop(crop);
        Mask holePatch = Mask.wrap(crop.width(), crop.height(), hole.asImage().crop(crop).plane(0));
        PlanarImage filled = fill(patch, holePatch, crop, seed, monitor);
        double scale = pixelScale(crop);
        Mask edge = Masks.feather(holePatch, (int) Math.ceil(GROW * scale), SOFTNESS * scale);
        float[] f = edge.values();
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
