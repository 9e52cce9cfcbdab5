package io.latentretouch.retouch;

import java.util.Objects;

import io.latentretouch.diffusion.Sampler;

/**
 * A recipe's generation section: what a frame is generated with before the recipe's steps finish it.
 *
 * @param model            the id of an installed generation model, or empty for the first installed one
 * @param promptTemplate   the prompt the model gets, {@code {prompt}} standing for the user's words
 * @param negativePrompt   what the image should not show
 * @param steps            denoising steps, 1 to {@value #MAX_STEPS}
 * @param guidance         classifier-free guidance scale, 0 to {@value #MAX_GUIDANCE} (1 or less: the prompt alone)
 * @param width            in pixels, {@value #MIN_SIDE} to {@value #MAX_SIDE}; a side not a multiple of 8 is rounded
 *                         when generating, and the result says so
 * @param height           as {@code width}
 * @param seeds            whether every Generate draws a new seed or the recipe's {@code seed} is kept
 * @param seed             the seed when the policy is {@link SeedPolicy#FIXED}, the first of a batch
 * @param lightingAdapter  the id of an installed lighting model (a UNet of IC-Light's layouts) that relights the
 *                         frame, or empty for the recipe's analytic lighting step
 * @param lightingStrength how far the lighting model's start is noised, in (0, 1]
 */
public record GenerationSettings(String model, String promptTemplate, String negativePrompt, Sampler sampler, int steps,
        double guidance, int width, int height, SeedPolicy seeds, long seed, String lightingAdapter,
        double lightingStrength) {

    /** Where the user's words go in a prompt template. */
    public static final String PROMPT = "{prompt}";
    public static final int MAX_STEPS = 150;
    public static final int MAX_GUIDANCE = 30;
    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 2048;

    /** Whether a recipe keeps its seed. */
    public enum SeedPolicy {
        /** Every Generate draws a new seed (recorded in the result, so it can be kept). */
        RANDOM,
        /** The recipe's seed, so a brand's frame comes out the same every time. */
        FIXED
    }

    /** @throws IllegalArgumentException naming the field, what was given and what is valid */
    public GenerationSettings {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(seeds, "seeds");
        model = model == null ? "" : model;
        negativePrompt = negativePrompt == null ? "" : negativePrompt;
        lightingAdapter = lightingAdapter == null ? "" : lightingAdapter;
        if (promptTemplate == null || !promptTemplate.contains(PROMPT)) {
            throw new IllegalArgumentException("The prompt template must hold " + PROMPT + " where the user's words go, not '"
                    + promptTemplate + "'");
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("Steps run from 1 to " + MAX_STEPS + ", not " + steps);
        }
        if (!(guidance >= 0 && guidance <= MAX_GUIDANCE)) {
            throw new IllegalArgumentException("Guidance runs from 0 to " + MAX_GUIDANCE + ", not " + guidance);
        }
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("A generated frame is " + MIN_SIDE + " to " + MAX_SIDE + " pixels a side, not "
                    + width + "×" + height);
        }
        if (!(lightingStrength > 0 && lightingStrength <= 1)) {
            throw new IllegalArgumentException("The lighting strength runs above 0 to 1, not " + lightingStrength);
        }
    }

    /** The prompt the model gets for the user's words. */
    public String prompt(String words) {
        return promptTemplate.replace(PROMPT, words.strip());
    }

    public GenerationSettings withModel(String id) {
        return new GenerationSettings(id, promptTemplate, negativePrompt, sampler, steps, guidance, width, height, seeds,
                seed, lightingAdapter, lightingStrength);
    }

    public GenerationSettings withSampling(Sampler s, int n, double scale) {
        return new GenerationSettings(model, promptTemplate, negativePrompt, s, n, scale, width, height, seeds, seed,
                lightingAdapter, lightingStrength);
    }

    public GenerationSettings withSize(int w, int h) {
        return new GenerationSettings(model, promptTemplate, negativePrompt, sampler, steps, guidance, w, h, seeds, seed,
                lightingAdapter, lightingStrength);
    }

    public GenerationSettings withSeed(SeedPolicy policy, long value) {
        return new GenerationSettings(model, promptTemplate, negativePrompt, sampler, steps, guidance, width, height,
                policy, value, lightingAdapter, lightingStrength);
    }

    public GenerationSettings withLighting(String adapter, double strength) {
        return new GenerationSettings(model, promptTemplate, negativePrompt, sampler, steps, guidance, width, height, seeds,
                seed, adapter, strength);
    }

    public GenerationSettings withPrompts(String template, String negative) {
        return new GenerationSettings(model, template, negative, sampler, steps, guidance, width, height, seeds, seed,
                lightingAdapter, lightingStrength);
    }
}
