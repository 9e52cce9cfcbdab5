package io.latentretouch.inference.onnx.internal;

import static io.latentretouch.inference.DType.FLOAT32;

import java.util.List;

import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;
import io.latentretouch.inference.testing.InferenceServiceContractTest;
import io.latentretouch.inference.testing.Services;

/** The ONNX Runtime service passes the inference service contract. */
class OnnxContractTest extends InferenceServiceContractTest {

    @Override
    protected InferenceService service() throws Exception {
        return Services.await(InferenceService.class);
    }

    @Override
    protected ModelDescriptor doubler() throws Exception {
        GraphBuilder g = new GraphBuilder("doubler");
        String x = g.input("x", FLOAT32, "1", "N");
        g.output(g.op("Mul", x, g.scalar(2)).out(), "y", FLOAT32, "1", "N");
        return FolderModels.install(g.model("test", "1", "y = 2x").toByteArray(), FolderModels.manifest("test.doubler", "skin-detail",
                List.of(FolderModels.spec("x", "float32", "1", "N")), List.of(FolderModels.spec("y", "float32", "1", "N"))));
    }
}
