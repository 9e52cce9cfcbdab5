package io.latentretouch.imaging.io.metadata;

import java.time.Instant;
import java.util.List;

/**
 * Where an output came from and how to make it again: enough to regenerate the variant.
 *
 * @param sourceFile       the original's file name
 * @param sourceDocumentId the original's xmpMM:DocumentID, or one derived from its hash when it had none
 * @param sourceSha256     the original's hash
 * @param recipeName       the recipe's name
 * @param recipe           the recipe as JSON
 * @param models           the models used, with their hashes
 * @param seed             the seed of every random choice
 * @param edits            what was done, for the digital source type
 * @param prompt           the text prompt, or null when there was none
 * @param software         name and version of the software
 * @param when             when the output was made
 */
public record Provenance(String sourceFile, String sourceDocumentId, String sourceSha256, String recipeName, String recipe,
        List<ModelUse> models, long seed, List<Edit> edits, String prompt, String software, Instant when) {

    public Provenance {
        models = List.copyOf(models);
        edits = List.copyOf(edits);
    }

    public DigitalSourceType sourceType() {
        return DigitalSourceType.after(edits);
    }
}
