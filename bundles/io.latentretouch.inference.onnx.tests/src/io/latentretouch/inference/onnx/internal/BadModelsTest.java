package io.latentretouch.inference.onnx.internal;

import static io.latentretouch.inference.DType.FLOAT32;
import static io.latentretouch.inference.DType.UINT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.models.internal.registry.ModelManifest;
import io.latentretouch.inference.testing.Services;

/** Broken model files are refused with one clear sentence each, and the service keeps working. */
class BadModelsTest {

    private static final List<ModelManifest.Spec> IN = List.of(FolderModels.spec("x", "float32", "1", "N"));
    private static final List<ModelManifest.Spec> OUT = List.of(FolderModels.spec("y", "float32", "1", "N"));

    private static byte[] identity() {
        GraphBuilder g = new GraphBuilder("identity");
        g.output(g.input("x", FLOAT32, "1", "N"), "y", FLOAT32, "1", "N");
        return g.model("test", "1", "y = x").toByteArray();
    }

    @Test
    void aTruncatedModelIsRefusedWhenItLoads() throws Exception {
        byte[] whole = identity();
        ModelDescriptor broken = FolderModels.install(Arrays.copyOf(whole, whole.length / 2),
                FolderModels.manifest("test.truncated", "skin-detail", IN, OUT));
        InferenceException e = assertThrows(InferenceException.class, () -> service().load(broken));
        assertEquals(Code.MODEL_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("test.truncated") && e.getMessage().contains("not a model ONNX Runtime can load"), e.getMessage());
        stillWorks();
    }

    @Test
    void aFileThatIsNotOnnxIsRefused() throws Exception {
        ModelDescriptor junk = FolderModels.install("GIF89a, not a model".getBytes(), FolderModels.manifest("test.junk", "skin-detail", IN, OUT));
        assertEquals(Code.MODEL_UNREADABLE, assertThrows(InferenceException.class, () -> service().load(junk)).code());
        stillWorks();
    }

    @Test
    void aFileWhoseHashDiffersFromItsManifestIsNotRegistered() throws Exception {
        ModelDescriptor good = FolderModels.install(identity(), FolderModels.manifest("test.tampered", "skin-detail", IN, OUT));
        byte[] tampered = identity();
        tampered[tampered.length - 1] ^= 1;
        Files.write(FolderModels.folder().resolve("test.tampered.onnx"), tampered);
        ModelRegistry registry = Services.await(ModelRegistry.class);
        InferenceException read = assertThrows(InferenceException.class, () -> registry.read(good));
        assertEquals(Code.HASH_MISMATCH, read.code());
        registry.refresh();
        assertTrue(registry.find("test.tampered").isEmpty(), "a tampered model must not be registered");
        assertTrue(registry.problems().stream().anyMatch(p -> p.contains("test.tampered.onnx") && p.contains("manifest pins")),
                registry.problems().toString());
    }

    @Test
    void aModelThatDoesNotFitItsTaskIsRefusedInOneSentence() throws Exception {
        GraphBuilder g = new GraphBuilder("uint8 mask");
        String image = g.input("image", FLOAT32, "1", "3", "H", "W");
        g.input("mask", UINT8, "1", "1", "H", "W");
        g.output(image, "output", FLOAT32, "1", "3", "H", "W");
        ModelDescriptor model = FolderModels.install(g.model("test", "1", "wrong mask type").toByteArray(),
                FolderModels.manifest("test.wrong-contract", "inpaint",
                        List.of(FolderModels.spec("image", "float32", "1", "3", "H", "W"), FolderModels.spec("mask", "float32", "1", "1", "H", "W")),
                        List.of(FolderModels.spec("output", "float32", "1", "3", "H", "W"))));
        InferenceException e = assertThrows(InferenceException.class, () -> service().load(model));
        assertEquals(Code.CONTRACT_MISMATCH, e.code());
        assertEquals("Model 'test.wrong-contract' does not fit: input 'mask' is uint8 [1,1,H,W], the inpaint task expects float32 [1,1,H,W].",
                e.getMessage());
    }

    @Test
    void nanOutputsAreDiscardedWithAnError() throws Exception {
        GraphBuilder g = new GraphBuilder("nan");
        String x = g.input("x", FLOAT32, "1", "N");
        g.output(g.op("Sqrt", g.op("Sub", x, g.scalar(10)).out()).out(), "y", FLOAT32, "1", "N");
        ModelDescriptor model = FolderModels.install(g.model("test", "1", "sqrt(x - 10)").toByteArray(),
                FolderModels.manifest("test.nan", "skin-detail", IN, OUT));
        InferenceException e = assertThrows(InferenceException.class,
                () -> service().run(model, Map.of("x", Tensor.ofFloats(new float[] {11, 1}, 1, 2)), RunMonitor.NONE));
        assertEquals(Code.BAD_OUTPUT, e.code());
        assertTrue(e.getMessage().contains("NaN or infinity in output 'y' (first at element 1)"), e.getMessage());
    }

    private static InferenceService service() throws Exception {
        return Services.await(InferenceService.class);
    }

    /** After a refused model the service still runs the embedded ones. */
    private static void stillWorks() throws Exception {
        ModelDescriptor skin = Services.await(ModelRegistry.class).require("lr.skin-detail");
        assertTrue(service().run(skin, OnnxInferenceServiceTest.inputs(3f, 16, 16), RunMonitor.NONE).containsKey("output"));
    }
}
