/**
 * Regenerating variants in place: a selection of catalogued originals submitted as one batch, worked by any number of
 * workers (the workbench, headless hosts) off the catalog's queue, each variant rendered to a temporary file, forced to
 * disk, renamed into place and committed fenced by its claim. Runs wherever the catalog is reachable.
 */
@Version("1.5.0")
package io.latentretouch.jobs;

import org.osgi.annotation.versioning.Version;
