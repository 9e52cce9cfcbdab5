/** Identifiers of the Latent Retouch host workbench: perspectives, views and preferences other bundles refer to. */
package io.latentretouch.workbench.ui;
