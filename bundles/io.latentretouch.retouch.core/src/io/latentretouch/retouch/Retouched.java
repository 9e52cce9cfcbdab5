package io.latentretouch.retouch;

import java.util.List;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.ModelUse;

/**
 * The result of a recipe.
 *
 * @param image     the new pixels, in the source's encoding
 * @param edits     what was done, for disclosure
 * @param models    the models that ran, with their hashes
 * @param blemishes isolated blemishes found and removed
 * @param notes     what the user should know, one sentence each: a step skipped and why
 */
public record Retouched(PlanarImage image, List<Edit> edits, List<ModelUse> models, int blemishes, List<String> notes) {

    public Retouched {
        edits = List.copyOf(edits);
        models = List.copyOf(models);
        notes = List.copyOf(notes);
    }
}
