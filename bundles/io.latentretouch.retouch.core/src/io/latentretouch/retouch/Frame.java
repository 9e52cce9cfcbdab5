package io.latentretouch.retouch;

/**
 * A generated frame, finished by its recipe's steps.
 *
 * @param result the finished pixels with every edit (the generation first) and model (with its hash) that made them,
 *               and the notes the user should read: a size rounded, a prompt cut at 77 tokens, which lighting ran
 * @param prompt the prompt the model was given (the recipe's template filled in)
 * @param seed   the seed it was generated with
 * @param recipe the recipe it was made with, its generation section as it ran (model and seed resolved)
 */
public record Frame(Retouched result, String prompt, long seed, Recipe recipe) {
}
