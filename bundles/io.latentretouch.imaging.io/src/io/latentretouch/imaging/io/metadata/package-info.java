/**
 * Provenance and disclosure: the XMP every output carries (IPTC Digital Source Type and the IPTC 2025.1 AI fields,
 * xmpMM derivation and history, our own record of recipe, models and seed), sidecar files merged without losing
 * foreign fields, lossless JPEG metadata rewrites, and the labels each market requires.
 */
@Version("1.3.0")
package io.latentretouch.imaging.io.metadata;

import org.osgi.annotation.versioning.Version;
