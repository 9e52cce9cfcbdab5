package io.latentretouch.inference.models.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.latentretouch.inference.DType;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.Origin;
import io.latentretouch.inference.Task;

class ManifestsTest {

    private static final String SHA = "0".repeat(63) + "1";

    private static ModelManifest manifest(String sha) {
        return new ModelManifest("lama", "1.0", "inpaint", "lama", "lama_fp32.onnx", sha, "Apache-2.0", "advimman/lama",
                "trained", List.of(new ModelManifest.Spec("image", "float32", List.of("1", "3", "512", "512"))),
                List.of(new ModelManifest.Spec("output", "float32", List.of("1", "3", "512", "512"))), Map.of("outputRange", "255"), null);
    }

    @Test
    void roundTripsThroughJsonIntoADescriptor() throws Exception {
        StringWriter json = new StringWriter();
        Manifests.write(manifest(SHA), json);
        ModelDescriptor d = Manifests.describe(Manifests.read(new StringReader(json.toString())), URI.create("file:/m/lama_fp32.onnx"));
        assertEquals(Task.INPAINT, d.task());
        assertEquals(Origin.TRAINED, d.origin());
        assertEquals(DType.FLOAT32, d.contract().inputs().get(0).type());
        assertEquals("255", d.properties().get("outputRange"));
        assertEquals("lama@1.0", d.reference());
    }

    @Test
    void refusesAMalformedHashNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Manifests.describe(manifest("ABC"), URI.create("file:/x")));
        assertTrue(e.getMessage().contains("sha256"), e.getMessage());
    }

    @Test
    void refusesJsonThatIsNotAManifest() {
        assertThrows(java.io.IOException.class, () -> Manifests.read(new StringReader("{\"id\": [")));
    }
}
