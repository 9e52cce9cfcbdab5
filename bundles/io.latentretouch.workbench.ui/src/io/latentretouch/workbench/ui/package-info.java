/** Identifiers of the Latent Retouch host workbench: perspectives, views and preferences other bundles refer to. */
@Version("1.0.0")
package io.latentretouch.workbench.ui;

import org.osgi.annotation.versioning.Version;
