/**
 * Stable-Diffusion-style generation on the diffusers ONNX layout, engine-free parts: the CLIP prompt
 * {@link io.latentretouch.diffusion.PromptTokenizer tokenizer}, the {@link io.latentretouch.diffusion.Scheduler
 * schedulers} read from a model's {@code scheduler_config.json}, the {@link io.latentretouch.diffusion.StepPlan
 * image-to-image step plan}, {@link io.latentretouch.diffusion.Guidance classifier-free guidance} and seeded
 * {@link io.latentretouch.diffusion.Noise noise}. Latents are flat {@code float[]} in NCHW order.
 */
@Version("1.1.0")
package io.latentretouch.diffusion;

import org.osgi.annotation.versioning.Version;
