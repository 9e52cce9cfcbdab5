/**
 * Typed settings of components from configuration dictionaries (Configuration Admin, a preference page, a
 * {@code conf/*.cfg} file): every key of the settings type read with its default where the configuration gives
 * none or a malformed value, and every problem named with the file and the key. No OSGi service type appears here,
 * so a bundle without Configuration Admin still reads its defaults.
 */
@Version("1.0.0")
package io.latentretouch.settings;

import org.osgi.annotation.versioning.Version;
