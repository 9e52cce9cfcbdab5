/**
 * Synthetic test images with known ground truth: skin with pores, tone and blemishes at known places; fabric with
 * folds. The main job's sample shoot and the tests measure against them.
 */
package io.latentretouch.imaging.synthetic;
