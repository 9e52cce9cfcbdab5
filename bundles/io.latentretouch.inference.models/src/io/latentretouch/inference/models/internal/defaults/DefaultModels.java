package io.latentretouch.inference.models.internal.defaults;

import java.util.List;

/** The embedded default models, in the order the build writes them. */
public final class DefaultModels {

    /** Producer name written into every generated model. */
    static final String PRODUCER = "io.latentretouch.inference.models";

    private DefaultModels() {
    }

    public static List<DefaultModel> all() {
        return List.of(SkinDetailModel.create(), FabricDetailModel.create(), LightingModel.create(), InpaintFillModel.create(),
                SkinMaskModel.create());
    }
}
