/**
 * Synthetic test images with known ground truth: skin with pores, tone and blemishes at known places; fabric with
 * folds. The main job's sample shoot and the tests measure against them.
 */
@Version("1.0.0")
package io.latentretouch.imaging.synthetic;

import org.osgi.annotation.versioning.Version;
