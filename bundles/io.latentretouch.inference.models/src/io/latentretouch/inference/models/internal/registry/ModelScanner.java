package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;

/** Finds manifests in a bundle or a folder, verifies the files they name, and reports what it refused. */
final class ModelScanner {

    /** Manifest header naming the folder of a bundle that holds model manifests. */
    static final String HEADER = "LatentRetouch-Models";

    private final List<RegisteredModel> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<URL, RegisteredModel.Hashed> hashed;

    /** @param hashed the files hashed before, shared by every scan of a registry */
    ModelScanner(Map<URL, RegisteredModel.Hashed> hashed) {
        this.hashed = hashed;
    }

    List<RegisteredModel> found() {
        return found;
    }

    List<String> problems() {
        return problems;
    }

    void scanBundle(Bundle bundle) {
        String folder = bundle.getHeaders().get(HEADER);
        Enumeration<URL> manifests = bundle.findEntries(folder, "*.json", true);
        while (manifests != null && manifests.hasMoreElements()) {
            URL manifest = manifests.nextElement();
            add(manifest, true, file -> {
                String path = manifest.getPath();
                return bundle.getEntry(path.substring(0, path.lastIndexOf('/') + 1) + file);
            });
        }
    }

    void scanFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            // the JSON files of a diffusers folder (model_index.json, configs, tokenizers) are its files, not manifests
            for (Path manifest : files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !Files.exists(p.resolveSibling("model_index.json"))).sorted().toList()) {
                add(manifest.toUri().toURL(), false, file -> toUrl(manifest.resolveSibling(file)));
            }
        } catch (IOException | UncheckedIOException e) {
            // the folder, or a folder in it, that this user may not read (the walk reports those as it meets them)
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add("Cannot list the models folder " + folder + ": " + cause.getClass().getSimpleName() + " " + cause.getMessage());
        }
    }

    private void add(URL manifestUrl, boolean embedded, Function<String, URL> resolve) {
        try (Reader in = new InputStreamReader(manifestUrl.openStream(), StandardCharsets.UTF_8)) {
            ModelManifest manifest = Manifests.read(in);
            URL file = manifest.file() == null ? null : resolve.apply(manifest.file());
            if (file == null) {
                problems.add("Manifest " + manifestUrl + " names model file '" + manifest.file() + "', which does not exist");
                return;
            }
            ModelDescriptor descriptor = Manifests.describe(manifest, file.toURI());
            List<RegisteredModel> models = DiffusersFolder.isFolder(descriptor)
                    ? DiffusersFolder.expand(manifest, descriptor, file, resolve, embedded, hashed)
                    : List.of(new RegisteredModel(descriptor, pinned(manifest, descriptor, file, resolve), embedded, hashed));
            for (RegisteredModel model : models) {
                model.verify();
            }
            found.addAll(models);
        } catch (IOException | IllegalArgumentException | URISyntaxException e) {
            problems.add("Manifest " + manifestUrl + " was refused: " + e.getMessage());
        } catch (InferenceException e) {
            problems.add(e.getMessage());
        }
    }

    /** The model file and the other files the manifest names, each with its hash. */
    private static Map<URL, String> pinned(ModelManifest manifest, ModelDescriptor descriptor, URL file,
            Function<String, URL> resolve) {
        Map<URL, String> pinned = new LinkedHashMap<>();
        pinned.put(file, descriptor.sha256());
        Map<String, String> others = manifest.files() == null ? Map.of() : manifest.files();
        for (Map.Entry<String, String> other : new TreeMap<>(others).entrySet()) {
            pin(pinned, resolve, other.getKey(), other.getValue());
        }
        return pinned;
    }

    /**
     * Adds a file a manifest's {@code files} names, with its hash, to what a model is pinned by.
     *
     * @return the file's URL
     * @throws IllegalArgumentException when the file does not exist or the hash is not one
     */
    static URL pin(Map<URL, String> pinned, Function<String, URL> resolve, String file, String sha256) {
        URL url = resolve.apply(file);
        if (url == null) {
            throw new IllegalArgumentException("it names file '" + file + "', which does not exist");
        }
        pinned.put(url, Manifests.sha256(sha256, "files." + file));
        return url;
    }

    private static URL toUrl(Path p) {
        try {
            return Files.exists(p) ? p.toUri().toURL() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
