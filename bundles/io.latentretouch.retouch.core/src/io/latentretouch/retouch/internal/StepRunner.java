package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.TileSpec;
import io.latentretouch.inference.models.TiledRequest;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Step;

/**
 * Applies one recipe's steps in order, recording the edits and models. A neutral step (level 3, strength 0, no light)
 * runs no model and records nothing.
 */
final class StepRunner {

    private final ModelRegistry registry;
    private final ModelAdapters adapters;
    private final RunMonitor monitor;
    final List<Edit> edits = new ArrayList<>();
    final List<ModelUse> models = new ArrayList<>();
    int blemishes;

    StepRunner(ModelRegistry registry, ModelAdapters adapters, RunMonitor monitor) {
        this.registry = registry;
        this.adapters = adapters;
        this.monitor = monitor;
    }

    PlanarImage run(Step step, PlanarImage image, RetouchMasks masks, long seed) throws InferenceException {
        monitor.checkCancelled();
        return switch (step) {
            case Step.Imperfection i -> imperfection(image, masks.skin(), (float) i.level(), seed);
            case Step.Fabric f -> f.strength() == 0 ? image
                    : tiled(Task.FABRIC_DETAIL, "fabric strength " + f.strength(), image, masks.fabric(), Map.of("strength", scalar((float) f.strength())), Map.of());
            case Step.Lighting l -> l.glow() == 0 && l.key() == 0 ? image : tiled(Task.LIGHTING,
                    "lighting glow " + l.glow() + " key " + l.key() + " from " + l.direction() + "°", image, masks.skin(),
                    Map.of("glow", scalar((float) l.glow()), "key", scalar((float) l.key()), "direction", direction(l.direction())), Map.of());
        };
    }

    /**
     * Below level 2, isolated blemishes are regenerated first, fully at level 1 and fading out towards 2, so the slider
     * stays seamless; then the skin detail model sets the bands and, above 4, adds grain.
     */
    private PlanarImage imperfection(PlanarImage image, Mask skin, float level, long seed) throws InferenceException {
        float removal = Math.max(0, Math.min(1, 2 - level));
        PlanarImage base = image;
        if (removal > 0) {
            PlanarImage cleaned = withoutBlemishes(image, skin, seed);
            base = cleaned == image ? image : Blend.into(image, cleaned, removal);
        }
        return level == 3f ? base : tiled(Task.SKIN_DETAIL, "imperfection level " + level, base, skin,
                Map.of("level", scalar(level)), Map.of("grain", seed));
    }

    /** The image with its isolated blemishes regenerated, or the image itself when there are none. */
    PlanarImage withoutBlemishes(PlanarImage image, Mask skin, long seed) throws InferenceException {
        BlemishFinder.Found found = BlemishFinder.find(image, skin);
        if (found.count() == 0) {
            return image;
        }
        ModelDescriptor fill = Models.best(registry, Task.INPAINT);
        PlanarImage cleaned = adapters.inpainter(fill).inpaint(image, found.holes(), seed, monitor);
        blemishes = found.count();
        record(fill, "regenerated " + found.count() + " isolated blemishes");
        return cleaned;
    }

    private PlanarImage tiled(Task task, String operation, PlanarImage image, Mask mask, Map<String, Tensor> constants,
            Map<String, Long> noise) throws InferenceException {
        ModelDescriptor model = Models.best(registry, task);
        TiledRequest request = new TiledRequest(Map.of("image", image, "mask", mask.asImage()), noise, constants, "output", 3, 1, TileSpec.DEFAULT);
        PlanarImage out = adapters.runTiled(model, request, monitor);
        record(model, operation);
        return out;
    }

    private void record(ModelDescriptor model, String operation) {
        edits.add(Models.edit(model, operation));
        ModelUse use = Models.use(model);
        if (!models.contains(use)) {
            models.add(use);
        }
    }

    private static Tensor scalar(float v) {
        return Tensor.ofFloats(new float[] {v}, 1);
    }

    /** A unit vector in image coordinates (y down) for a light coming from {@code degrees} counter-clockwise from the right. */
    private static Tensor direction(double degrees) {
        double r = Math.toRadians(degrees);
        return Tensor.ofFloats(new float[] {(float) Math.cos(r), (float) -Math.sin(r)}, 2);
    }
}
