package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.SkinDetailCurve;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;

/**
 * The imperfection level on skin, each part of it at its face's scale. A part is worked at a resolution where its
 * face's IOD is at most {@link #WORK_IOD} pixels: the skin detail model runs there (a headshot's face of 600 pixels
 * between the eyes is worked at a third of its size), and its change is enlarged back; the detail finer than that
 * resolution (the pores of a large face) takes the model's pore gain. Both Apply and the live preview come through
 * here, so the preview is the model's answer for the view.
 */
final class SkinDetail {

    /** Largest IOD the model works at, in pixels: enough for every band, small enough to be quick. */
    static final double WORK_IOD = 192;
    /** The pore contrast is measured where the IOD is at most this, on every so many pixels. */
    static final double CONTRAST_IOD = 64;
    static final int CONTRAST_STRIDE = 3;
    /** Worked images up to this many pixels run as one tile (about 1.5 GiB of model memory at most). */
    static final long ONE_TILE = 4_200_000;

    private final ModelAdapters adapters;
    private final ModelDescriptor model;
    private final PlanarImage image;
    private final Mask skin;
    private final List<SkinRegions.Part> parts;
    private final long seed;

    SkinDetail(ModelAdapters adapters, ModelDescriptor model, PlanarImage image, Mask skin, List<Face> faces, long seed) {
        this.adapters = adapters;
        this.model = model;
        this.image = image;
        this.skin = skin;
        this.parts = SkinRegions.of(skin, faces, SkinDetailCurve.REACH + 0.1);
        this.seed = seed;
    }

    /**
     * Adds what the model changes at {@code level} into {@code into} (the image itself for Apply, zeros for a preview
     * of the change). Pixels outside the skin get exactly nothing added.
     *
     * @throws InferenceException when the model fails or the run is cancelled
     */
    void addChange(float level, PlanarImage into, RunMonitor monitor) throws InferenceException {
        // every part is worked from the image before any change lands: into may be the image itself
        List<Runnable> changes = new ArrayList<>();
        for (SkinRegions.Part part : parts) {
            monitor.checkCancelled();
            changes.add(change(part, level, into, monitor));
        }
        changes.forEach(Runnable::run);
    }

    /** Runs the model on the part; the returned step adds its change. */
    private Runnable change(SkinRegions.Part part, float level, PlanarImage into, RunMonitor monitor) throws InferenceException {
        Region crop = part.crop();
        double r = Math.min(1, WORK_IOD / part.unit());
        int ww = Math.max(1, (int) Math.round(crop.width() * r));
        int wh = Math.max(1, (int) Math.round(crop.height() * r));
        PlanarImage small = Resample.resize(image, crop, ww, wh);
        PlanarImage smallSkin = Resample.resize(skin.asImage(), crop, ww, wh);
        double iod = part.unit() * ww / crop.width();
        float contrast = contrast(small, smallSkin, iod);
        TiledRequest request = new TiledRequest(Map.of("image", small, "mask", smallSkin), Map.of("grain", seed),
                Map.of("level", scalar(level), "iod", scalar((float) iod), "contrast", scalar(contrast)), "output", 3, 1, tiles(iod, ww, wh));
        PlanarImage changed = adapters.runTiled(model, request, monitor);
        PlanarImage change = unmasked(changed, small, smallSkin.plane(0));
        PlanarImage worked = small.width() == crop.width() && small.height() == crop.height() ? null : small;
        float fineGain = SkinDetailCurve.delta(SkinDetailCurve.FINE, level);
        return () -> compose(part, change, worked, fineGain, into);
    }

    /** The model's change where it acts, divided by the mask it was weighted by (0 where that is 0). */
    private static PlanarImage unmasked(PlanarImage changed, PlanarImage before, float[] mask) {
        for (int c = 0; c < 3; c++) {
            float[] o = changed.plane(c);
            float[] b = before.plane(c);
            for (int i = 0; i < o.length; i++) {
                o[i] = mask[i] > 1e-3f ? (o[i] - b[i]) / mask[i] : 0f;
            }
        }
        return changed;
    }

    /**
     * Row by row over the crop: into += weight · skin · (change enlarged + fine gain · (image − its worked copy
     * enlarged)); the second term is the detail the worked resolution could not hold, absent when it is full.
     */
    private void compose(SkinRegions.Part part, PlanarImage change, PlanarImage worked, float fineGain, PlanarImage into) {
        Region crop = part.crop();
        int band = 32;
        IntStream.range(0, (crop.height() + band - 1) / band).parallel().forEach(b -> {
            Resample.Rows up = Resample.rows(change, crop.width(), crop.height());
            Resample.Rows back = worked == null ? null : Resample.rows(worked, crop.width(), crop.height());
            Resample.Rows weight = part.weight() == null ? null : Resample.rows(part.weight(), image.width(), image.height());
            float[] d = new float[crop.width()];
            float[] lost = new float[crop.width()];
            float[] share = new float[image.width()];
            for (int y = b * band; y < Math.min(crop.height(), (b + 1) * band); y++) {
                int row = (crop.y() + y) * image.width() + crop.x();
                if (weight != null) {
                    weight.row(0, crop.y() + y, share);
                }
                for (int c = 0; c < 3; c++) {
                    up.row(c, y, d);
                    if (back != null) {
                        back.row(c, y, lost);
                    }
                    float[] src = image.plane(c);
                    float[] dst = into.plane(c);
                    for (int x = 0; x < d.length; x++) {
                        float m = skin.values()[row + x] * (weight == null ? 1f : share[crop.x() + x]);
                        if (m > 0) {
                            float fine = back == null ? 0f : fineGain * (src[row + x] - lost[x]);
                            dst[row + x] += m * (d[x] + fine);
                        }
                    }
                }
            }
        });
    }

    /**
     * The skin's pore contrast: the median local deviation of luma detail at the pore scale over sure skin (over any
     * skin when none is sure), measured on a copy where the IOD is {@link #CONTRAST_IOD} pixels at most, on every
     * {@link #CONTRAST_STRIDE}th pixel: a statistic, not a picture.
     */
    static float contrast(PlanarImage img, PlanarImage skin, double iod) {
        double r = Math.min(1, CONTRAST_IOD / iod);
        int w = Math.max(1, (int) Math.round(img.width() * r));
        int h = Math.max(1, (int) Math.round(img.height() * r));
        PlanarImage small = r < 1 ? Resample.resize(img, w, h) : img;
        float[] mask = r < 1 ? Resample.resize(skin, w, h).plane(0) : skin.plane(0);
        float[] luma = new float[w * h];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = 0.299f * small.plane(0)[i] + 0.587f * small.plane(1)[i] + 0.114f * small.plane(2)[i];
        }
        float[] texture = Colours.texture(luma, w, h, iod * r * SkinDetailCurve.PORE_SIGMA);
        for (float sure : new float[] {0.9f, 0f}) {
            float least = sure;
            double[] values = IntStream.iterate(0, i -> i < luma.length, i -> i + CONTRAST_STRIDE).filter(i -> mask[i] > least)
                    .mapToDouble(i -> texture[i]).sorted().toArray();
            if (values.length > 0) {
                return (float) values[values.length / 2];
            }
        }
        return 0;
    }

    /** One tile when the worked image is small enough, else tiles with the context the model's reach needs. */
    private static TileSpec tiles(double iod, int width, int height) {
        int side = (long) width * height <= ONE_TILE ? Math.max(width, height) : 1024;
        return TileSpec.forReach((int) Math.ceil(SkinDetailCurve.REACH * iod), side);
    }

    private static Tensor scalar(float v) {
        return Tensor.ofFloats(new float[] {v}, 1);
    }
}
