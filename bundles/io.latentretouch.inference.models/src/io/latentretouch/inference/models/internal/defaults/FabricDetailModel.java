package io.latentretouch.inference.models.internal.defaults;

import static io.latentretouch.inference.DType.FLOAT32;

import io.latentretouch.inference.Task;
import io.latentretouch.inference.models.internal.graph.Filters;
import io.latentretouch.inference.models.internal.graph.GraphBuilder;

/**
 * Fabric folds: the mid-frequency band of luminance (between {@link #FINE} and {@link #COARSE}) is where wrinkles and
 * folds live. {@code strength} 1 removes that band under the mask (a pressed, e-commerce look), 0 keeps it (an exact
 * identity, the lifestyle look), negative values deepen folds. Colour is untouched: the band is subtracted from all
 * channels alike.
 */
public final class FabricDetailModel {

    static final double FINE = 3;
    static final double COARSE = 16;

    private FabricDetailModel() {
    }

    public static DefaultModel create() {
        GraphBuilder g = new GraphBuilder("fabric_detail");
        String x = g.input("image", FLOAT32, "1", "3", "H", "W");
        String mask = g.input("mask", FLOAT32, "1", "1", "H", "W");
        String strength = g.input("strength", FLOAT32, "1");
        String y = Filters.luminance(g, x);
        String folds = g.op("Sub", Filters.blur(g, y, 1, FINE), Filters.blurReduced(g, y, 1, COARSE, 4)).out();
        String delta = g.op("Mul", g.op("Mul", folds, mask).out(), strength).out();
        g.output(g.op("Sub", x, delta).out(), "output", FLOAT32, "1", "3", "H", "W");
        String doc = "Fabric detail: mid-frequency luminance fold attenuation under a mask";
        return DefaultModel.of("fabric-detail", Task.FABRIC_DETAIL, doc, g);
    }
}
