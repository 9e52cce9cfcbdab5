/** Identifiers of the Latent Retouch perspective, for the workbench and for other bundles that open its parts. */
@Version("1.0.0")
package io.latentretouch.retouch.ui;

import org.osgi.annotation.versioning.Version;
