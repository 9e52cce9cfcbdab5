/**
 * Components' settings in Configuration Admin, for the pages of a workbench that edit them. Imports Configuration
 * Admin optionally: without it, {@link io.latentretouch.settings.admin.ComponentSettings#open(Class)} is empty.
 */
@Version("1.0.0")
package io.latentretouch.settings.admin;

import org.osgi.annotation.versioning.Version;
