package io.latentretouch.retouch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
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

    @Reference
    private ModelRegistry registry;

    @Reference
    private ModelAdapters adapters;

    @Override
    public Mask skinMask(PlanarImage image, RunMonitor monitor) throws InferenceException {
        List<ModelDescriptor> parsers = registry.forTask(Task.FACE_PARSING);
        ModelDescriptor model = parsers.isEmpty() ? Models.best(registry, Task.SKIN_MASK) : parsers.get(0);
        Mask skin = adapters.skinSegmenter(model).skin(image, monitor);
        // blemishes and moles read as "not skin" to a colour model: fill such small holes so they are retouched too
        return Masks.fillHoles(skin, Math.max(2, Math.max(image.width(), image.height()) / HOLE_DIVISOR));
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
