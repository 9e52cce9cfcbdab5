/**
 * Headless commands: each {@link io.latentretouch.batch.Command} service is one verb of the {@code latent-retouch}
 * command line of the headless distribution.
 */
package io.latentretouch.batch;
