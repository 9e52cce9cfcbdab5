package io.latentretouch.diffusion;

import io.latentretouch.inference.ModelDescriptor;

/**
 * A Stable Diffusion model in the diffusers ONNX layout: its registered components, its tokenizer and its scheduler
 * config.
 *
 * @param vaeEncoder    the image-to-latent encoder, {@code null} when the model ships none (text-to-image only)
 * @param scalingFactor the VAE's latent scale ({@code scaling_factor} of its config; 0.18215 for SD 1.x and 2.x)
 * @param second        SDXL's second text encoder and tokenizer, {@code null} for a model with one
 */
public record DiffusionModel(String id, PromptTokenizer tokenizer, SchedulerConfig scheduler,
        ModelDescriptor textEncoder, ModelDescriptor unet, ModelDescriptor vaeDecoder, ModelDescriptor vaeEncoder,
        float scalingFactor, SecondEncoder second) {

    /**
     * SDXL's second text encoder ({@code text_encoder_2}, with a projection: its pooled {@code text_embeds} condition
     * the UNet beside the two encoders' hidden states, joined per token).
     *
     * @param zerosForEmptyPrompt whether an empty negative prompt is a zero context rather than the encoding of ""
     *                            ({@code force_zeros_for_empty_prompt} of {@code model_index.json}, true for SDXL)
     */
    public record SecondEncoder(PromptTokenizer tokenizer, ModelDescriptor encoder, boolean zerosForEmptyPrompt) {
    }

    /** A model with one text encoder (SD 1.x, 2.x, Turbo, LCM). */
    public DiffusionModel(String id, PromptTokenizer tokenizer, SchedulerConfig scheduler, ModelDescriptor textEncoder,
            ModelDescriptor unet, ModelDescriptor vaeDecoder, ModelDescriptor vaeEncoder, float scalingFactor) {
        this(id, tokenizer, scheduler, textEncoder, unet, vaeDecoder, vaeEncoder, scalingFactor, null);
    }
}
