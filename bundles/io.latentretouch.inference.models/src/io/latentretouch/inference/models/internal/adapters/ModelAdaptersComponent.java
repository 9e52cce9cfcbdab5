package io.latentretouch.inference.models.internal.adapters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.FaceDetector;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.Segmenter;
import io.latentretouch.inference.models.SkinSegmenter;
import io.latentretouch.inference.models.TiledRequest;
import io.latentretouch.inference.models.Upscaler;
import io.latentretouch.inference.models.internal.faces.BlazeFaceDetector;

/** Chooses the adapter for a model by its family. */
@Component(service = ModelAdapters.class)
public final class ModelAdaptersComponent implements ModelAdapters {

    @Reference
    private InferenceService service;

    private TiledRunner runner;

    @Activate
    void activate() {
        runner = new TiledRunner(service);
    }

    @Override
    public Inpainter inpainter(ModelDescriptor model) throws InferenceException {
        return switch (model.family()) {
            case "latent-retouch" -> { require(model, Task.INPAINT); yield new FillInpainter(service, model); }
            case "lama" -> new LamaInpainter(service, model);
            case "lama4" -> new Lama4Inpainter(service, model);
            case "migan" -> new MiganInpainter(service, model);
            default -> throw unsupported(model, "inpainting", "latent-retouch, lama, lama4, migan");
        };
    }

    @Override
    public SkinSegmenter skinSegmenter(ModelDescriptor model) throws InferenceException {
        return switch (model.family()) {
            case "latent-retouch" -> { require(model, Task.SKIN_MASK); yield new ColourSkinSegmenter(runner, model); }
            case "bisenet" -> new BiSeNetSegmenter(service, model, BiSeNetSegmenter.SKIN);
            default -> throw unsupported(model, "skin masks", "latent-retouch, bisenet");
        };
    }

    @Override
    public Segmenter garmentSegmenter(ModelDescriptor model) throws InferenceException {
        return parsing(model, EnumSet.of(FacePart.CLOTH), "garment masks");
    }

    @Override
    public Segmenter partSegmenter(ModelDescriptor model, Set<FacePart> parts) throws InferenceException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A part mask needs at least one part");
        }
        return parsing(model, parts, "masks of face parts");
    }

    /** A face-parsing segmenter of these parts. @throws InferenceException when the model is no BiSeNet, naming {@code what} */
    private BiSeNetSegmenter parsing(ModelDescriptor model, Set<FacePart> parts, String what) throws InferenceException {
        if (!model.family().equals("bisenet")) {
            throw unsupported(model, what, "bisenet");
        }
        return new BiSeNetSegmenter(service, model, parts);
    }

    @Override
    public FaceDetector faceDetector(List<ModelDescriptor> models) throws InferenceException {
        return BlazeFaceDetector.of(service, models);
    }

    @Override
    public Upscaler upscaler(ModelDescriptor model) throws InferenceException {
        if (!model.family().equals("realesrgan")) {
            throw unsupported(model, "upscaling", "realesrgan");
        }
        return new RealEsrganUpscaler(runner, model);
    }

    @Override
    public PlanarImage runTiled(ModelDescriptor model, TiledRequest request, RunMonitor monitor) throws InferenceException {
        return runner.run(model, request, monitor);
    }

    private static void require(ModelDescriptor model, Task task) throws InferenceException {
        if (model.task() != task) {
            throw new InferenceException(Code.CONTRACT_MISMATCH, "Model '" + model.id() + "' is for " + model.task().phrase()
                    + ", not " + task.phrase());
        }
    }

    private static InferenceException unsupported(ModelDescriptor model, String what, String families) {
        return new InferenceException(Code.CONTRACT_MISMATCH, "Model '" + model.id() + "' has family '" + model.family()
                + "'; " + what + " supports the families " + families);
    }
}
