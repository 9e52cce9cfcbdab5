package io.latentretouch.retouch.ui;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

import io.latentretouch.retouch.SavedVariant;

/**
 * Told of each variant a retouch panel saved beside its original (Save as variant, a generated frame applied): the
 * catalog feature registers one that stacks the variant under its original, picks it and journals it. Without one the
 * variant stays a file beside the original, which a later import adopts. A service (whiteboard); called on any thread,
 * the UI's included, once the files are in place: it must return at once (queue its work) and not throw.
 *
 * @since 1.1
 */
@ConsumerType
public interface VariantSaved {

    /** @param original the image the variant was made from */
    void saved(Path original, SavedVariant variant);
}
