/**
 * The catalog: roots where files live, assets (originals and variants) with their files, variant stacks with an
 * explicit pick, and the queue of regenerate jobs with its crash-safe protocol (idempotent submit, fenced claim,
 * heartbeat and commit, rescue). No JDBC type appears here; a {@link io.latentretouch.assets.Catalogs} service opens a
 * catalog by its URL.
 */
@Version("1.3.0")
package io.latentretouch.assets;

import org.osgi.annotation.versioning.Version;
