/**
 * Engine-agnostic inference API: models are described by {@link io.latentretouch.inference.ModelDescriptor}s
 * found in a {@link io.latentretouch.inference.ModelRegistry} and run by an
 * {@link io.latentretouch.inference.InferenceService} on {@link io.latentretouch.inference.Tensor}s backed by
 * direct buffers. No type of any inference engine appears here.
 */
@Version("1.4.0")
package io.latentretouch.inference;

import org.osgi.annotation.versioning.Version;
