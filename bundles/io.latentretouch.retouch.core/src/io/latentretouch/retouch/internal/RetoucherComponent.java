package io.latentretouch.retouch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Step;

/** The retoucher on the installed models. */
@Component(service = Retoucher.class)
public final class RetoucherComponent implements Retoucher {

    /** Largest hole filled in a skin mask, as a fraction of the image's long side. */
    static final int HOLE_DIVISOR = 50;
    /**
     * Longest side the skin is found at; larger images are segmented reduced and the mask enlarged, which keeps a
     * 100-megapixel image within the tensor budget and costs the mask nothing that matters (its edges are soft).
     */
    static final int MASK_SIDE = 2048;

    @Reference
    private ModelRegistry registry;

    @Reference
    private ModelAdapters adapters;

    @Override
    public Mask skinMask(PlanarImage image, RunMonitor monitor) throws InferenceException {
        List<ModelDescriptor> parsers = registry.forTask(Task.FACE_PARSING);
        ModelDescriptor model = parsers.isEmpty() ? Models.best(registry, Task.SKIN_MASK) : parsers.get(0);
        int side = Math.max(image.width(), image.height());
        double scale = Math.min(1, MASK_SIDE / (double) side);
        PlanarImage reduced = scale < 1 ? Resample.resize(image, (int) Math.round(image.width() * scale), (int) Math.round(image.height() * scale)) : image;
        Mask skin = adapters.skinSegmenter(model).skin(reduced, monitor);
        // blemishes and moles read as "not skin" to a colour model: fill such small holes so they are retouched too
        skin = Masks.fillHoles(skin, Math.max(2, Math.max(reduced.width(), reduced.height()) / HOLE_DIVISOR));
        return scale < 1 ? Resample.resize(skin, image.width(), image.height()) : skin;
    }

    @Override
    public PlanarImage withoutBlemishes(PlanarImage image, Mask skin, long seed, RunMonitor monitor) throws InferenceException {
        return new StepRunner(registry, adapters, monitor).withoutBlemishes(image, skin, seed);
    }

    @Override
    public Retouched apply(PlanarImage image, Recipe recipe, RetouchMasks masks, long seed, RunMonitor monitor) throws InferenceException {
        StepRunner runner = new StepRunner(registry, adapters, monitor);
        PlanarImage current = image;
        for (Step step : recipe.steps()) {
            current = runner.run(step, current, masks, seed);
        }
        return new Retouched(current, runner.edits, runner.models, runner.blemishes);
    }
}
