package io.latentretouch.retouch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.retouch.ImperfectionPreview;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.Step;

/** The retoucher on the installed models. */
@Component(service = Retoucher.class)
public final class RetoucherComponent implements Retoucher {

    /**
     * Longest side the skin is found at; larger images are segmented reduced and the mask enlarged, which keeps a
     * 100-megapixel image within the tensor budget and costs the mask nothing that matters (its edges are soft).
     */
    static final int MASK_SIDE = 2048;
    /**
     * The skin of faces is found where the smallest face's IOD is this many pixels (within {@link #MASK_SIDE}), so the
     * mask of a face is the same mask whatever the size of the photo it is in.
     */
    static final double MASK_IOD = 96;

    @Reference
    private ModelRegistry registry;

    @Reference
    private ModelAdapters adapters;

    @Override
    public List<Face> faces(PlanarImage image, RunMonitor monitor) throws InferenceException {
        List<ModelDescriptor> detectors = registry.forTask(Task.FACE_DETECTION);
        return detectors.isEmpty() ? List.of() : adapters.faceDetector(detectors).faces(image, monitor);
    }

    @Override
    public SkinMap skinMap(PlanarImage image, List<Face> faces, RunMonitor monitor) throws InferenceException {
        List<ModelDescriptor> parsers = registry.forTask(Task.FACE_PARSING);
        ModelDescriptor model = parsers.isEmpty() ? Models.best(registry, Task.SKIN_MASK) : parsers.get(0);
        int side = Math.max(image.width(), image.height());
        double smallest = faces.stream().mapToDouble(FaceFrame::unit).min().orElse(Double.NaN);
        double scale = Math.min(MASK_SIDE / (double) side, Double.isNaN(smallest) ? 1 : MASK_IOD / smallest);
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        PlanarImage reduced = w == image.width() && h == image.height() ? image : Resample.resize(image, w, h);
        Mask general = adapters.skinSegmenter(model).skin(reduced, monitor);
        List<Face> onReduced = faces.stream().map(f -> f.mapped(reduced.width() / (double) image.width(), 0, 0)).toList();
        Mask[] map = SkinMapper.map(reduced, general, !parsers.isEmpty(), onReduced);
        return reduced == image ? new SkinMap(map[0], map[1], faces) : new SkinMap(Resample.resize(map[0], image.width(), image.height()),
                Resample.resize(map[1], image.width(), image.height()), faces);
    }

    @Override
    public ImperfectionPreview preview(PlanarImage view, Mask skin, List<Face> faces, long seed, RunMonitor monitor) throws InferenceException {
        RetouchMasks masks = new RetouchMasks(skin, faces, null);
        PlanarImage clean = new StepRunner(registry, adapters, monitor).withoutBlemishes(view, masks, seed);
        SkinDetail detail = new SkinDetail(adapters, Models.best(registry, Task.SKIN_DETAIL), view, skin, faces, seed);
        PlanarImage[] changes = new PlanarImage[3];
        float[] levels = {1, 4, 5};
        for (int i = 0; i < levels.length; i++) {
            changes[i] = PlanarImage.create(view.width(), view.height(), 3);
            detail.addChange(levels[i], changes[i], monitor);
        }
        return new ImperfectionPreview(view, changes[0], changes[1], changes[2], clean == view ? null : difference(clean, view));
    }

    @Override
    public Retouched apply(PlanarImage image, Recipe recipe, RetouchMasks masks, long seed, RunMonitor monitor) throws InferenceException {
        StepRunner runner = new StepRunner(registry, adapters, monitor);
        PlanarImage current = image;
        for (Step step : recipe.steps()) {
            current = runner.run(step, current, masks, seed);
        }
        return new Retouched(current, runner.edits, runner.models, runner.blemishes, runner.notes);
    }

    /** a − b, in a's planes. */
    private static PlanarImage difference(PlanarImage a, PlanarImage b) {
        for (int c = 0; c < 3; c++) {
            float[] pa = a.plane(c);
            float[] pb = b.plane(c);
            for (int i = 0; i < pa.length; i++) {
                pa[i] -= pb[i];
            }
        }
        return a;
    }
}
