/**
 * Headless commands: each {@link io.latentretouch.batch.Command} service is one verb of the {@code latent-retouch}
 * command line of the headless distribution.
 */
@Version("1.0.0")
package io.latentretouch.batch;

import org.osgi.annotation.versioning.Version;
