package io.latentretouch.retouch.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.DiffusionModels;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Task;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameGenerator;
import io.latentretouch.retouch.FrameRequest;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.Retoucher;

/** Frames on the installed diffusion models, finished by the retoucher. */
@Component(service = FrameGenerator.class)
public final class FrameGeneratorComponent implements FrameGenerator {

    private static final String LIGHTING = "lighting";

    @Reference
    private ModelRegistry registry;

    @Reference
    private InferenceService service;

    @Reference
    private Retoucher retoucher;

    @Override
    public List<ModelDescriptor> models() {
        return registry.forTask(Task.GENERATION).stream().filter(m -> !LIGHTING.equals(m.properties().get(ADAPTER))).toList();
    }

    @Override
    public List<ModelDescriptor> lightingAdapters() {
        return registry.forTask(Task.GENERATION).stream().filter(m -> LIGHTING.equals(m.properties().get(ADAPTER))).toList();
    }

    @Override
    public Frame generate(FrameRequest request, GenerationMonitor monitor) throws DiffusionException, InferenceException {
        GenerationSettings g = request.recipe().generation();
        ModelDescriptor model = pick(g.model(), models(), "generation model",
                "put a Stable Diffusion model in the diffusers ONNX layout in the models folder");
        DiffusionModel lighting = null;
        if (!g.lightingAdapter().isEmpty()) {
            ModelDescriptor adapter = pick(g.lightingAdapter(), lightingAdapters(), "lighting adapter",
                    "install one (a UNet of IC-Light's layout, its manifest saying \"adapter\": \"lighting\") or choose the analytic lighting");
            lighting = DiffusionModels.load(adapter, registry);
        }
        return new FrameRun(request, DiffusionModels.load(model, registry), lighting, service, retoucher, monitor).run();
    }

    /** The model of that id among {@code installed}, or the first for an empty id. */
    private static ModelDescriptor pick(String id, List<ModelDescriptor> installed, String what, String todo) throws DiffusionException {
        if (installed.isEmpty()) {
            throw new DiffusionException(Code.UNSUPPORTED, "No " + what + " is installed: " + todo);
        }
        if (id.isEmpty()) {
            return installed.get(0);
        }
        return installed.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new DiffusionException(Code.UNSUPPORTED,
                "The recipe asks for the " + what + " '" + id + "', which is not installed; installed: "
                        + installed.stream().map(ModelDescriptor::id).toList()));
    }
}
