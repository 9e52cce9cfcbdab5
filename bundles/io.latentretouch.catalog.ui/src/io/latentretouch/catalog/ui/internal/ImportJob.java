package io.latentretouch.catalog.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Imported;
import io.latentretouch.jobs.Importer;

/** Imports a folder into the session's catalog, incrementally, in the background. */
final class ImportJob extends CatalogJob<Imported> {

    private final Path folder;

    ImportJob(Path folder) {
        super(NLS.bind(Messages.importJob, folder.getFileName() == null ? folder : folder.getFileName()));
        this.folder = folder;
    }

    @Override
    protected Imported work(RunMonitor monitor) throws Exception {
        CatalogSession session = CatalogSession.get();
        return session.service(Importer.class).importFolder(session.catalog(), folder, monitor);
    }

    @Override
    protected IStatus status(Imported done) {
        String counts = NLS.bind(Messages.importDone, new Object[] {done.added(), done.moved(), done.changed(), done.unchanged(), done.adopted()});
        return Status.info(done.complete() ? counts : NLS.bind(Messages.importCancelled, counts));
    }
}
