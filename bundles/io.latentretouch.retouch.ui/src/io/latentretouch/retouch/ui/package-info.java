/**
 * Identifiers of the Latent Retouch perspective, for the workbench and for other bundles that open its parts, and the
 * service other features register to hear of the variants its panels save.
 */
@Version("1.1.0")
package io.latentretouch.retouch.ui;

import org.osgi.annotation.versioning.Version;
