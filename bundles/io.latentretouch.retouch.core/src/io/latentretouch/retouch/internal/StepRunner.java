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
 * Applies one recipe's steps in order, recording the edits, the models and what was skipped. A neutral step (level 3,
 * strength 0, no light) runs no model and records nothing.
 */
final class StepRunner {

    private final ModelRegistry registry;
    private final ModelAdapters adapters;
    private final RunMonitor monitor;
    private final FabricRegions fabric;
    final List<Edit> edits = new ArrayList<>();
    final List<ModelUse> models = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int blemishes;

    /** What a skin step without a face tells the user. */
    static final String NO_FACE = "No face was found: the skin was worked at the image's own scale; draw a face box where the "
            + "detector missed one.";

    StepRunner(ModelRegistry registry, ModelAdapters adapters, RunMonitor monitor) {
        this.registry = registry;
        this.adapters = adapters;
        this.monitor = monitor;
        this.fabric = new FabricRegions(registry, adapters);
    }

    PlanarImage run(Step step, PlanarImage image, RetouchMasks masks, long seed) throws InferenceException {
        monitor.checkCancelled();
        return switch (step) {
            case Step.Imperfection i -> imperfection(image, masks, (float) i.level(), seed);
            case Step.Fabric f -> f.strength() == 0 ? image : fabric(f, image, masks);
            case Step.Lighting l -> l.glow() == 0 && l.key() == 0 ? image : tiled(Task.LIGHTING,
                    "lighting glow " + l.glow() + " key " + l.key() + " from " + l.direction() + "°", image, masks.skin(),
                    Map.of("glow", scalar((float) l.glow()), "key", scalar((float) l.key()), "direction", direction(l.direction())));
        };
    }

    /**
     * Below level 2, isolated blemishes are regenerated first, fully at level 1 and fading out towards 2, so the slider
     * stays seamless; then the skin detail model sets the bands, at each face's scale, and above 4 adds grain.
     */
    private PlanarImage imperfection(PlanarImage image, RetouchMasks masks, float level, long seed) throws InferenceException {
        float removal = Math.max(0, Math.min(1, 2 - level));
        PlanarImage base = image;
        if (removal > 0) {
            PlanarImage cleaned = withoutBlemishes(image, masks, seed);
            base = cleaned == image ? image : Blend.into(image, cleaned, removal);
        }
        if (level == 3f) {
            return base;
        }
        ModelDescriptor model = Models.best(registry, Task.SKIN_DETAIL);
        if (masks.faces().isEmpty() && !masks.skin().isEmpty()) {
            notes.add(NO_FACE);
        }
        PlanarImage out = base == image ? image.copy() : base;
        new SkinDetail(adapters, model, base, masks.skin(), masks.faces(), seed).addChange(level, out, monitor);
        record(model, "imperfection level " + level + (masks.faces().isEmpty() ? " at the image's own scale (no face found)"
                : " at the scale of " + masks.faces().size() + (masks.faces().size() == 1 ? " face" : " faces")));
        return out;
    }

    /** The image with its isolated blemishes regenerated, or the image itself when there are none. */
    PlanarImage withoutBlemishes(PlanarImage image, RetouchMasks masks, long seed) throws InferenceException {
        List<BlemishFinder.Found> found = BlemishFinder.find(image, masks.skin(), SkinRegions.of(masks.skin(), masks.faces(), 0.2));
        if (found.isEmpty()) {
            return image;
        }
        ModelDescriptor fill = Models.best(registry, Task.INPAINT);
        PlanarImage cleaned = BlemishRemoval.apply(image, masks.skin(), found, adapters.inpainter(fill), seed, monitor);
        blemishes = found.stream().mapToInt(BlemishFinder.Found::count).sum();
        record(fill, "regenerated " + blemishes + " isolated blemishes");
        return cleaned;
    }

    private PlanarImage fabric(Step.Fabric f, PlanarImage image, RetouchMasks masks) throws InferenceException {
        Mask region = fabric.of(f.region(), image, masks, monitor);
        if (region == null) {
            notes.add(fabric.why(f.region()));
            return image;
        }
        return tiled(Task.FABRIC_DETAIL, "fabric strength " + f.strength() + " on " + fabric.name(f.region()), image, region,
                Map.of("strength", scalar((float) f.strength())));
    }

    private PlanarImage tiled(Task task, String operation, PlanarImage image, Mask mask, Map<String, Tensor> constants)
            throws InferenceException {
        ModelDescriptor model = Models.best(registry, task);
        TiledRequest request = new TiledRequest(Map.of("image", image, "mask", mask.asImage()), Map.of(), constants, "output", 3, 1, TileSpec.DEFAULT);
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

    static Tensor scalar(float v) {
        return Tensor.ofFloats(new float[] {v}, 1);
    }

    /** A unit vector in image coordinates (y down) for a light coming from {@code degrees} counter-clockwise from the right. */
    private static Tensor direction(double degrees) {
        double r = Math.toRadians(degrees);
        return Tensor.ofFloats(new float[] {(float) Math.cos(r), (float) -Math.sin(r)}, 2);
    }
}
