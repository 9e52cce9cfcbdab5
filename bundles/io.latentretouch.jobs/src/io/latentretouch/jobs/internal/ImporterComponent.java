package io.latentretouch.jobs.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Imported;
import io.latentretouch.jobs.Importer;

/** The folder import as a service, for the workbench. */
@Component(service = Importer.class)
public final class ImporterComponent implements Importer {

    @Override
    public Imported importFolder(Catalog catalog, Path folder, RunMonitor monitor) throws CatalogException, IOException {
        return FolderImport.run(catalog, folder, monitor);
    }
}
