package io.latentretouch.retouch.internal;

import java.util.List;

import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;

/** Which model serves a task, and how disclosure names its use. */
final class Models {

    private Models() {
    }

    /** The preferred model for a task (an installed one before the embedded default). */
    static ModelDescriptor best(ModelRegistry registry, Task task) throws InferenceException {
        List<ModelDescriptor> models = registry.forTask(task);
        if (models.isEmpty()) {
            throw new InferenceException(InferenceException.Code.MODEL_NOT_FOUND, "No model for " + task.phrase() + " is installed");
        }
        return models.get(0);
    }

    static ModelUse use(ModelDescriptor m) {
        return new ModelUse(m.id(), m.version(), m.sha256());
    }

    /** An edit by this model: trained models generate content, analytic ones enhance. */
    static Edit edit(ModelDescriptor m, String operation) {
        return new Edit(m.origin() == Origin.TRAINED ? Edit.Kind.TRAINED_REGION : Edit.Kind.ALGORITHMIC, operation);
    }
}
