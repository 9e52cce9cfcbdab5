package io.latentretouch.diffusion.internal.pipeline;

/**
 * The text encoder's hidden states the UNet is conditioned on, each {@code [tokens × D]} flat.
 *
 * @param negative the negative prompt's, {@code null} when not guiding
 */
record Context(float[] positive, float[] negative, int tokens) {
}
