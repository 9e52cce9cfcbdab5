/**
 * Retouching as steps of a recipe: the imperfection level (skin detail and blemishes), fabric folds and lighting,
 * applied by the {@link io.latentretouch.retouch.Retoucher} service under skin and fabric masks, saved as variants
 * that carry their provenance. UI-free.
 */
@Version("3.2.0")
package io.latentretouch.retouch;

import org.osgi.annotation.versioning.Version;
