/** Identifiers of the Latent Retouch perspective, for the workbench and for other bundles that open its parts. */
package io.latentretouch.retouch.ui;
