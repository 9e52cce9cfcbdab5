package io.latentretouch.retouch.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.models.ModelInstallation;
import io.latentretouch.inference.models.ModelManager;

/**
 * The Models view's actions: install a file or a diffusers folder (asking what its file does not say), remove an
 * installed model; each runs as a Job (copying and hashing take time) and refreshes the view when done.
 */
final class ModelActions {

    private final ModelManager manager;
    private final Shell shell;
    private final Runnable refresh;

    ModelActions(ModelManager manager, Shell shell, Runnable refresh) {
        this.manager = manager;
        this.shell = shell;
        this.refresh = refresh;
    }

    void installFile() {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.onnx", "*"});
        String file = d.open();
        if (file != null) {
            ask(Path.of(file));
        }
    }

    void installFolder() {
        String folder = new DirectoryDialog(shell).open();
        if (folder != null) {
            ask(Path.of(folder));
        }
    }

    private void ask(Path source) {
        InstallModelDialog dialog = new InstallModelDialog(shell, source);
        if (dialog.open() == InstallModelDialog.OK) {
            install(source, dialog.installation());
        }
    }

    Job install(Path source, ModelInstallation details) {
        return run(NLS.bind(Messages.installJob, source.getFileName()), () -> manager.install(source, details));
    }

    void remove(ModelDescriptor model) {
        if (MessageDialog.openConfirm(shell, Messages.modelsRemove, NLS.bind(Messages.modelsRemoveConfirm, model.reference()))) {
            removeNow(model);
        }
    }

    Job removeNow(ModelDescriptor model) {
        return run(NLS.bind(Messages.modelsRemoveJob, model.id()), () -> {
            manager.remove(model.id());
            return model;
        });
    }

    /** Work on the model manager. */
    private interface Work {
        ModelDescriptor run() throws InferenceException;
    }

    private Job run(String name, Work work) {
        Job job = Job.create(name, monitor -> {
            try {
                work.run();
                return Status.OK_STATUS;
            } catch (InferenceException e) {
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, name, e.getMessage()));
                return Status.error(e.getMessage(), e);
            } finally {
                shell.getDisplay().asyncExec(refresh);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
