package io.latentretouch.diffusion.internal.pipeline;

/**
 * The text encoders' hidden states the UNet is conditioned on, each {@code [tokens × D]} flat, and for SDXL the pooled
 * embeddings ({@code text_embeds}) beside them.
 *
 * @param negative       the negative prompt's, {@code null} when not guiding
 * @param pooledPositive SDXL's pooled embedding of the prompt, {@code null} for other models
 * @param pooledNegative that of the negative prompt, {@code null} when not guiding or for other models
 */
record Context(float[] positive, float[] negative, int tokens, float[] pooledPositive, float[] pooledNegative) {

    Context(float[] positive, float[] negative, int tokens) {
        this(positive, negative, tokens, null, null);
    }
}
