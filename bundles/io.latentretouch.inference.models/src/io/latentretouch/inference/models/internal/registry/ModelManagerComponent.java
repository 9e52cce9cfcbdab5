package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.models.ModelInstallation;
import io.latentretouch.inference.models.ModelManager;
import io.latentretouch.settings.Settings;

/** Installs into and removes from the registry's models folder (the registry's configuration names it). */
@Component(service = ModelManager.class, configurationPid = "io.latentretouch.inference.models")
public final class ModelManagerComponent implements ModelManager {

    @Reference
    private ModelRegistry registry;

    @Reference
    private InferenceService engine;

    private Path folder;

    @Activate
    void activate(BundleContext context, Map<String, Object> properties) {
        folder = ModelRegistryComponent.modelsFolder(context, Settings.read(RegistrySettings.class, properties, "the model manager"));
    }

    @Override
    public ModelDescriptor install(Path source, ModelInstallation details) throws InferenceException {
        if (registry.find(details.id()).isPresent() || Files.exists(manifestOf(details.id()))) {
            throw new InferenceException(Code.BAD_INPUT, "A model '" + details.id() + "' is already installed: choose another id or remove it first");
        }
        try {
            Files.createDirectories(folder);
            ModelManifest manifest = Files.isDirectory(source) ? InstalledFiles.folder(source, folder, details)
                    : file(source, details);
            writeManifest(manifest);
        } catch (IOException e) {
            throw new InferenceException(Code.MODEL_UNREADABLE, "Cannot install " + source + " into " + folder + ": " + e.getMessage()
                    + "; nothing was installed", e);
        }
        registry.refresh();
        return registry.find(details.id()).orElseThrow(() -> new InferenceException(Code.MODEL_UNREADABLE, "The model '" + details.id()
                + "' was copied but the registry refused it: " + String.join("; ", registry.problems())));
    }

    private ModelManifest file(Path source, ModelInstallation details) throws InferenceException, IOException {
        FamilyContracts.Detected d = FamilyContracts.detect(engine.inspect(source)).orElseThrow(() -> new InferenceException(
                Code.CONTRACT_MISMATCH, source + " fits none of the families a model can be installed as " + FamilyContracts.detectable()
                        + ": write its manifest by hand, with its inputs and outputs (see the README)"));
        String name = details.id() + ".onnx";
        String sha = InstalledFiles.copy(source, folder.resolve(name));
        Map<String, String> properties = new java.util.TreeMap<>(d.properties());
        properties.putAll(details.properties());
        return new ModelManifest(details.id(), details.version(), d.task().id(), d.family(), name, sha, details.licence(),
                details.source(), origin(details.origin()), null, null, properties, null);
    }

    @Override
    public void remove(String id) throws InferenceException {
        ModelDescriptor model = registry.require(id);
        Optional<Path> manifest = manifestFile(id);
        if (manifest.isEmpty()) {
            throw new InferenceException(Code.BAD_INPUT, id.contains("/")
                    ? "'" + id + "' is a component of the folder model '" + id.substring(0, id.indexOf('/')) + "': remove that"
                    : "'" + model.id() + "' ships with Latent Retouch and cannot be removed; a model of the same task in the models folder overrides it");
        }
        try {
            ModelManifest m = read(manifest.get());
            InstalledFiles.delete(folder, m);
            Files.delete(manifest.get());
        } catch (IOException e) {
            throw new InferenceException(Code.MODEL_UNREADABLE, "Cannot remove '" + id + "' from " + folder + ": " + e.getMessage(), e);
        }
        registry.refresh();
    }

    @Override
    public boolean removable(ModelDescriptor model) {
        return manifestFile(model.id()).isPresent();
    }

    /** The manifest in the models folder that registers {@code id}, if one does. */
    private Optional<Path> manifestFile(String id) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).filter(p -> {
                try {
                    return id.equals(read(p).id());
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path manifestOf(String id) {
        return folder.resolve(id + ".json");
    }

    private static ModelManifest read(Path manifest) throws IOException {
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            return Manifests.read(in);
        }
    }

    /** The manifest, written last and in one step: the registry never sees a model whose files are still coming. */
    private void writeManifest(ModelManifest m) throws IOException {
        StringWriter text = new StringWriter();
        Manifests.write(m, text);
        InstalledFiles.write(manifestOf(m.id()), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String origin(Origin o) {
        return o == Origin.TRAINED ? "trained" : "algorithmic";
    }
}
