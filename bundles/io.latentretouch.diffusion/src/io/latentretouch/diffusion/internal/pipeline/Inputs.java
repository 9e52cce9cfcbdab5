package io.latentretouch.diffusion.internal.pipeline;

import java.util.List;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/** What a component's real contract says about its tensors, and tensors built to fit it. */
final class Inputs {

    private Inputs() {
    }

    /** The component's input of this name. @throws DiffusionException naming the inputs it has */
    static TensorSpec input(ModelDescriptor model, Contract contract, String name) throws DiffusionException {
        return find(model, contract.inputs(), name, "input");
    }

    /** The component's first output, whatever an exporter named it. */
    static String firstOutput(Contract contract) {
        return contract.outputs().get(0).name();
    }

    /** Whether a dimension is fixed at 1 (an export without a batch dimension). */
    static boolean fixedAtOne(TensorSpec spec, int dim) {
        return spec.dims().size() > dim && spec.dims().get(dim).equals("1");
    }

    /** Ids as the component's integer type. */
    static Tensor ids(DType type, int[] ids, long... shape) {
        Tensor t = Tensor.allocate(type, shape);
        for (int i = 0; i < ids.length; i++) {
            if (type == DType.INT64) {
                t.longs().put(i, ids[i]);
            } else {
                t.ints().put(i, ids[i]);
            }
        }
        return t;
    }

    /** The floats of a tensor. */
    static float[] floats(Tensor t) {
        float[] values = new float[(int) t.elementCount()];
        t.floats().get(0, values);
        return values;
    }

    private static TensorSpec find(ModelDescriptor model, List<TensorSpec> specs, String name, String kind)
            throws DiffusionException {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new DiffusionException(
                Code.UNSUPPORTED, "Component '" + model.id() + "' has no " + kind + " '" + name + "' (it has "
                        + specs.stream().map(TensorSpec::name).toList() + "): not a diffusers ONNX export"));
    }
}
