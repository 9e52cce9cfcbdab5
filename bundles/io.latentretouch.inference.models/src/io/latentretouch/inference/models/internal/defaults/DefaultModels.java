package io.latentretouch.inference.models.internal.defaults;

import java.util.List;

/** The embedded default models, in the order the build writes them. */
public final class DefaultModels {

    private DefaultModels() {
    }

    public static List<DefaultModel> all() {
        return List.of(SkinDetailModel.create());
    }
}
