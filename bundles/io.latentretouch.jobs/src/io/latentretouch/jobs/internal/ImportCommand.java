package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.batch.Command;
import io.latentretouch.jobs.CatalogSettings;
import io.latentretouch.jobs.Imported;
import io.latentretouch.settings.Settings;

/**
 * {@code import [--catalog URL] FOLDER…}: imports the folders' images into the catalog, incrementally (new, changed and
 * moved files; unchanged ones are not read), one line per folder.
 */
@Component(service = Command.class, configurationPid = CatalogSettings.PID)
public final class ImportCommand implements Command {

    @Reference
    private Catalogs catalogs;

    private volatile CatalogSettings settings;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        settings = Settings.read(CatalogSettings.class, properties, "the import command");
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import folders into a catalog ([--catalog jdbc:sqlite:FILE|jdbc:postgresql://HOST/DB] FOLDER...; without it, the configured catalog)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        try {
            CatalogOptions o = CatalogOptions.parse(args, List.of(), settings);
            if (o.folders().isEmpty()) {
                throw new IllegalArgumentException("name the folders to import");
            }
            try (Catalog catalog = catalogs.open(o.catalog())) {
                for (Path folder : o.folders()) {
                    Imported i = FolderImport.run(catalog, folder);
                    out.printf("%s: %d new, %d moved, %d changed, %d unchanged%n", folder, i.added(), i.moved(), i.changed(), i.unchanged());
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("import: " + e.getMessage());
            return 2;
        } catch (CatalogException | IOException e) {
            out.println("import: " + e.getMessage());
            return 1;
        }
    }
}
