package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.Retouched;

/** The region fill on the registry's inpainting models, through the model adapters' crop strategy. */
@Component(service = RegionFill.class)
public final class RegionFillComponent implements RegionFill {

    /** What a face-parsing model calls the head: the hair mass that strands stand out of, with the face and a hat. */
    private static final Set<FacePart> HEAD = EnumSet.complementOf(EnumSet.of(FacePart.BACKGROUND, FacePart.CLOTH, FacePart.NECKLACE));

    @Reference
    private ModelRegistry registry;

    @Reference
    private ModelAdapters adapters;

    @Override
    public List<ModelDescriptor> engines() {
        return registry.forTask(Task.INPAINT);
    }

    @Override
    public List<Retouched> fill(PlanarImage image, Mask mask, String engine, FillOptions options, int candidates, long seed,
            RunMonitor monitor) throws InferenceException {
        Mask region = MaskFiles.eightBit(mask);
        int selected = check(image, region);
        ModelDescriptor model = engine.isEmpty() ? Models.best(registry, Task.INPAINT) : registry.require(engine);
        Inpainter inpainter = adapters.inpainter(model);
        String hash = MaskFiles.sha256(region);
        List<Retouched> results = new ArrayList<>();
        for (int k = 0; k < candidates; k++) {
            monitor.checkCancelled();
            long s = seed + k;
            PlanarImage filled = inpainter.inpaint(image, region, s, options, monitor);
            String operation = String.format("region fill of %d px (mask sha256 %s) by %s, seed %d", selected, hash, model.reference(), s);
            results.add(new Retouched(filled, List.of(Models.edit(model, operation)), List.of(Models.use(model)), 0, List.of()));
        }
        return results;
    }

    @Override
    public List<ModelDescriptor> parsers() {
        return registry.forTask(Task.FACE_PARSING);
    }

    @Override
    public Mask part(PlanarImage image, Set<FacePart> parts, RunMonitor monitor) throws InferenceException {
        List<ModelDescriptor> parsers = parsers();
        if (parsers.isEmpty()) {
            throw new InferenceException(Code.MODEL_NOT_FOUND, "No face-parsing model is installed: install a BiSeNet face-parsing model"
                    + " (CelebAMask-HQ classes) in the models folder to take masks of the hair, the clothes or other parts");
        }
        return adapters.partSegmenter(parsers.get(0), parts).mask(image, monitor);
    }

    @Override
    public Mask flyaways(PlanarImage image, List<Face> faces, double strength, RunMonitor monitor) throws InferenceException {
        Mask head = faces.isEmpty() || parsers().isEmpty() ? null : part(image, HEAD, monitor);
        return Flyaways.find(image, faces, Math.max(0, Math.min(1, strength)), head);
    }

    /** The number of selected pixels. @throws InferenceException saying why there is nothing to fill from or in */
    private static int check(PlanarImage image, Mask region) throws InferenceException {
        if (region.width() != image.width() || region.height() != image.height()) {
            throw new InferenceException(Code.BAD_INPUT, "The mask is " + region.width() + "×" + region.height() + ", the image "
                    + image.width() + "×" + image.height() + "; scale the mask to the image first");
        }
        int selected = 0;
        for (float v : region.values()) {
            selected += v > 0 ? 1 : 0;
        }
        if (selected == 0) {
            throw new InferenceException(Code.BAD_INPUT, "The mask selects nothing: paint or import the region to fill; nothing was changed");
        }
        if (selected == region.values().length) {
            throw new InferenceException(Code.BAD_INPUT, "The mask covers the whole image: a fill takes its content from the pixels around"
                    + " the region, so leave some of the image unselected; nothing was changed");
        }
        return selected;
    }
}
