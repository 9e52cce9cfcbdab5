/**
 * Retouching as steps of a recipe: the imperfection level (skin detail and blemishes), fabric folds and lighting,
 * applied by the {@link io.latentretouch.retouch.Retoucher} service under skin and fabric masks, saved as variants
 * that carry their provenance. UI-free.
 */
package io.latentretouch.retouch;
