package io.latentretouch.retouch.internal;

import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.retouch.FabricRegion;
import io.latentretouch.retouch.RetouchMasks;

/** Where a fabric step acts: the region given, the whole image, or the garments an installed model finds. */
final class FabricRegions {

    private final ModelRegistry registry;
    private final ModelAdapters adapters;

    FabricRegions(ModelRegistry registry, ModelAdapters adapters) {
        this.registry = registry;
        this.adapters = adapters;
    }

    /** The region, or null when there is none (nothing given, no garment model installed). */
    Mask of(FabricRegion region, PlanarImage image, RetouchMasks masks, RunMonitor monitor) throws InferenceException {
        return switch (region) {
            case GIVEN -> masks.fabric();
            case WHOLE_IMAGE -> Mask.full(image.width(), image.height());
            case GARMENTS -> {
                ModelDescriptor model = garmentModel();
                yield model == null ? null : adapters.garmentSegmenter(model).mask(image, monitor);
            }
        };
    }

    /** Why a region is missing, for the report and the panel. */
    String why(FabricRegion region) {
        return region == FabricRegion.GARMENTS
                ? "The fabric step was skipped: finding garments needs an installed face-parsing model (family bisenet) with a cloth class."
                : "The fabric step was skipped: no fabric region was given; paint or import one, or set the step's region to "
                        + "whole-image (flat lays, product shots) or garments.";
    }

    /** How an edit names the region. */
    String name(FabricRegion region) {
        return switch (region) {
            case GIVEN -> "the region given";
            case WHOLE_IMAGE -> "the whole image";
            case GARMENTS -> "the garments found by " + garmentModel().reference();
        };
    }

    private ModelDescriptor garmentModel() {
        List<ModelDescriptor> parsers = registry.forTask(Task.FACE_PARSING).stream().filter(m -> m.family().equals("bisenet")).toList();
        return parsers.isEmpty() ? null : parsers.get(0);
    }
}
