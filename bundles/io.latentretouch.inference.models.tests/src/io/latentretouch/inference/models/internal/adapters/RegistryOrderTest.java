package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.testing.Services;

/** A model studio IT installs comes before the embedded default of its task; the defaults stay available. */
class RegistryOrderTest {

    @Test
    void installedModelsArePreferredForTheirTask() throws Exception {
        ModelDescriptor lama = Fixtures.lama();
        List<ModelDescriptor> inpainters = Services.await(ModelRegistry.class).forTask(Task.INPAINT);
        assertTrue(inpainters.indexOf(lama) < inpainters.size() - 1, inpainters.toString());
        assertEquals(DefaultModelIds.INPAINT_FILL, inpainters.get(inpainters.size() - 1).id());
        assertEquals("lama", lama.family());
        assertEquals("image", lama.contract().inputs().get(0).name(), "the family's layout fills in what the manifest left out");
    }
}
