package io.latentretouch.inference.models.internal.registry;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelFile;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Task;
import io.latentretouch.settings.Settings;

/**
 * Registers the models of every bundle that declares a {@code LatentRetouch-Models} folder (an extender, so model
 * bundles can come and go) and of the installed-models folder.
 */
@Component(service = ModelRegistry.class, configurationPid = "io.latentretouch.inference.models")
public final class ModelRegistryComponent implements ModelRegistry {

    /** Key of the models folder among the sources (the others are bundles). */
    private static final Object FOLDER = "folder";

    private final Map<Object, ModelScanner> sources = new ConcurrentHashMap<>();
    private BundleTracker<Object> tracker;
    private Path folder;
    private FolderWatch watch;
    /** The files hashed so far and how they looked, so a rescan hashes only what changed. */
    private final Map<URL, RegisteredModel.Hashed> hashed = new ConcurrentHashMap<>();

    @Activate
    void activate(BundleContext context, Map<String, Object> properties) {
        RegistrySettings settings = Settings.read(RegistrySettings.class, properties, "the model registry");
        folder = modelsFolder(context, settings);
        refresh();
        watch = settings.watchMillis() > 0 ? new FolderWatch(folder, settings.watchMillis(), this::refresh) : null;
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public Object addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getHeaders().get(ModelScanner.HEADER) == null) {
                    return null;
                }
                ModelScanner scanner = new ModelScanner(hashed);
                scanner.scanBundle(bundle);
                sources.put(bundle, scanner);
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Object object) {
                sources.remove(bundle);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        if (watch != null) {
            watch.close();
        }
        tracker.close();
        sources.clear();
    }

    /** The folder of installed models, from the configuration or its defaults. */
    static Path modelsFolder(BundleContext context, RegistrySettings settings) {
        String configured = settings.modelsFolder();
        if (configured.isBlank()) {
            configured = context.getProperty("io.latentretouch.models.folder");
        }
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".latentretouch", "models")
                : Path.of(configured);
    }

    @Override
    public List<ModelDescriptor> models() {
        return registered().stream().sorted((a, b) -> Boolean.compare(b.embedded(), a.embedded()))
                .map(RegisteredModel::descriptor).toList();
    }

    @Override
    public Optional<ModelDescriptor> find(String id) {
        return models().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<ModelDescriptor> forTask(Task task) {
        return registered().stream().filter(m -> m.descriptor().task() == task)
                .sorted((a, b) -> Boolean.compare(a.embedded(), b.embedded()))
                .map(RegisteredModel::descriptor).toList();
    }

    @Override
    public ByteBuffer read(ModelDescriptor model) throws InferenceException {
        return registered(model).readVerified();
    }

    @Override
    public Optional<ModelFile> file(ModelDescriptor model) throws InferenceException {
        return registered(model).file();
    }

    private RegisteredModel registered(ModelDescriptor model) throws InferenceException {
        for (RegisteredModel m : registered()) {
            if (m.descriptor().equals(model)) {
                return m;
            }
        }
        throw new InferenceException(Code.MODEL_NOT_FOUND, "Model '" + model.id() + "' is not registered (any more)");
    }

    @Override
    public void refresh() {
        ModelScanner scanner = new ModelScanner(hashed);
        scanner.scanFolder(folder);
        sources.put(FOLDER, scanner);
    }

    @Override
    public List<String> problems() {
        return sources.values().stream().flatMap(s -> s.problems().stream()).toList();
    }

    private List<RegisteredModel> registered() {
        List<RegisteredModel> all = new ArrayList<>();
        sources.values().forEach(s -> all.addAll(s.found()));
        return all;
    }
}
