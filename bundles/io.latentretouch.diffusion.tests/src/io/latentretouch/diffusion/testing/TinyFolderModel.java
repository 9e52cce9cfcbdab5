package io.latentretouch.diffusion.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.latentretouch.diffusion.testing.TinyDiffusion.Export;

/**
 * A tiny diffusers folder installed in the models folder (the system property {@code io.latentretouch.models.folder})
 * for the tests of a class, and removed after them: {@code @RegisterExtension static final TinyFolderModel MODEL = …}.
 */
public final class TinyFolderModel implements BeforeAllCallback, AfterAllCallback {

    private final String id;
    private final Export export;
    private final Map<String, String> properties;

    /** @param properties the manifest's properties ({@code "adapter": "lighting"} for a lighting model) */
    public TinyFolderModel(String id, Export export, Map<String, String> properties) {
        this.id = id;
        this.export = export;
        this.properties = Map.copyOf(properties);
    }

    public TinyFolderModel(String id) {
        this(id, Export.INT64_VECTOR, Map.of());
    }

    public String id() {
        return id;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TinyDiffusion.installFolder(folder(), id, export, properties, Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        TinyDiffusion.removeFolder(folder(), id);
    }

    /** The models folder the tests install into. */
    public static Path folder() throws Exception {
        return Files.createDirectories(Path.of(System.getProperty("io.latentretouch.models.folder")));
    }
}
