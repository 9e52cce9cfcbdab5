package io.latentretouch.diffusion;

import io.latentretouch.inference.ModelDescriptor;

/**
 * A Stable Diffusion model in the diffusers ONNX layout: its registered components, its tokenizer and its scheduler
 * config.
 *
 * @param vaeEncoder    the image-to-latent encoder, {@code null} when the model ships none (text-to-image only)
 * @param scalingFactor the VAE's latent scale ({@code scaling_factor} of its config; 0.18215 for SD 1.x and 2.x)
 */
public record DiffusionModel(String id, PromptTokenizer tokenizer, SchedulerConfig scheduler,
        ModelDescriptor textEncoder, ModelDescriptor unet, ModelDescriptor vaeDecoder, ModelDescriptor vaeEncoder,
        float scalingFactor) {
}
