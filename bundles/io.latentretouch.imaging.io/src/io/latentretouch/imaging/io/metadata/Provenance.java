package io.latentretouch.imaging.io.metadata;

import java.time.Instant;
import java.util.List;

/**
 * Where an output came from and how to make it again: enough to regenerate the variant.
 *
 * @param sourceFile       the original's file name, or null for an image generated from nothing but a prompt
 * @param sourceDocumentId the original's xmpMM:DocumentID, or one derived from its hash when it had none; null without
 *                         an original
 * @param sourceSha256     the original's hash; null without an original
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

    /** Whether the output was made from an original (a retouch, a fill, image to image). @since 1.3 */
    public boolean derived() {
        return sourceFile != null;
    }

    public DigitalSourceType sourceType() {
        return DigitalSourceType.after(edits);
    }
}
