package io.latentretouch.inference.models.internal.registry;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.latentretouch.inference.Contract;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.Task;

/**
 * A diffusers ONNX folder registered as one model: the folder itself (task generation, pinned by its
 * {@code model_index.json} and every file outside the components: tokenizers, scheduler and component configs), and
 * each component it has as a model of its own task, {@code <id>/<component>}, pinned by its {@code model.onnx} and
 * the files beside it (external weight data).
 */
final class DiffusersFolder {

    private static final String FAMILY = "diffusers";

    private static final Map<String, Task> COMPONENTS = components();
    private static final List<String> REQUIRED = List.of("text_encoder", "unet", "vae_decoder");
    private static final String MODEL = "model.onnx";

    private DiffusersFolder() {
    }

    /** Whether a manifest's model is a whole folder (a component may also be registered alone, from its file). */
    static boolean isFolder(ModelDescriptor model) {
        return FAMILY.equals(model.family()) && model.task() == Task.GENERATION;
    }

    /**
     * The folder's models, the folder first.
     *
     * @throws IllegalArgumentException naming a component the folder lacks or a file that does not exist
     */
    static List<RegisteredModel> expand(ModelManifest manifest, ModelDescriptor folder, URL index,
            Function<String, URL> resolve, boolean embedded, Map<URL, RegisteredModel.Hashed> hashed)
            throws URISyntaxException {
        String root = manifest.file().contains("/") ? manifest.file().substring(0, manifest.file().lastIndexOf('/') + 1)
                : "";
        Map<String, String> files = new TreeMap<>(manifest.files() == null ? Map.of() : manifest.files());
        List<RegisteredModel> models = new ArrayList<>();
        Map<URL, String> own = new LinkedHashMap<>();
        own.put(index, folder.sha256());
        for (String required : REQUIRED) {
            if (!files.containsKey(root + required + "/" + MODEL)) {
                throw new IllegalArgumentException("the folder has no " + required + "/" + MODEL
                        + ", which every diffusers model has (its \"files\" must list it)");
            }
        }
        for (Map.Entry<String, Task> c : COMPONENTS.entrySet()) {
            String prefix = root + c.getKey() + "/";
            String model = prefix + MODEL;
            if (!files.containsKey(model)) {
                continue;
            }
            Map<URL, String> pinned = new LinkedHashMap<>();
            URL location = ModelScanner.pin(pinned, resolve, model, files.get(model));
            for (Map.Entry<String, String> f : files.entrySet()) {
                if (f.getKey().startsWith(prefix) && !f.getKey().equals(model)) {
                    ModelScanner.pin(pinned, resolve, f.getKey(), f.getValue());
                }
            }
            ModelDescriptor component = new ModelDescriptor(folder.id() + "/" + c.getKey(), folder.version(),
                    c.getValue(), FAMILY, new Contract(List.of(), List.of()), files.get(model), folder.licence(),
                    folder.source(), folder.origin(), location.toURI(), Map.of());
            models.add(new RegisteredModel(component, pinned, embedded, hashed));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (COMPONENTS.keySet().stream().noneMatch(c -> f.getKey().startsWith(root + c + "/"))) {
                ModelScanner.pin(own, resolve, f.getKey(), f.getValue());
            }
        }
        models.add(0, new RegisteredModel(folder, own, embedded, hashed));
        return models;
    }

    private static Map<String, Task> components() {
        Map<String, Task> c = new LinkedHashMap<>();
        c.put("text_encoder", Task.TEXT_ENCODER);
        c.put("text_encoder_2", Task.TEXT_ENCODER);
        c.put("unet", Task.DENOISER);
        c.put("vae_decoder", Task.LATENT_DECODER);
        c.put("vae_encoder", Task.LATENT_ENCODER);
        return c;
    }
}
