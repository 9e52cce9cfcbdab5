package io.latentretouch.diffusion.internal.pipeline;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;

/**
 * The prompts of a request as the UNet's context: one encoder's hidden states, or for SDXL both encoders' penultimate
 * layers joined per token (the first encoder's features, then the second's) with the second's pooled embedding; an
 * empty negative prompt is zeros where the model says so ({@code force_zeros_for_empty_prompt}).
 */
final class Prompts {

    private Prompts() {
    }

    /** @param negative whether the negative prompt is needed (classifier-free guidance) */
    static Context context(InferenceService service, DiffusionModel model, Generation request, boolean negative)
            throws InferenceException, DiffusionException {
        int tokens = model.tokenizer().length();
        DiffusionModel.SecondEncoder second = model.second();
        if (second == null) {
            TextEncoder text = TextEncoder.load(service, model.textEncoder(), model.tokenizer());
            return new Context(text.encode(request.prompt()), negative ? text.encode(request.negativePrompt()) : null, tokens);
        }
        TextEncoder first = TextEncoder.load(service, model.textEncoder(), model.tokenizer(), true);
        TextEncoder other = TextEncoder.load(service, second.encoder(), second.tokenizer(), true);
        TextEncoder.Encoded[] positive = {first.encodeAll(request.prompt()), other.encodeAll(request.prompt())};
        if (positive[1].pooled() == null) {
            throw new DiffusionException(DiffusionException.Code.UNSUPPORTED, "Text encoder '" + second.encoder().id()
                    + "' has no text_embeds output: SDXL's second encoder is the one with the projection");
        }
        float[] joined = join(positive[0].hidden(), positive[1].hidden(), tokens);
        if (!negative) {
            return new Context(joined, null, tokens, positive[1].pooled(), null);
        }
        if (request.negativePrompt().isBlank() && second.zerosForEmptyPrompt()) {
            return new Context(joined, new float[joined.length], tokens, positive[1].pooled(), new float[positive[1].pooled().length]);
        }
        TextEncoder.Encoded[] neg = {first.encodeAll(request.negativePrompt()), other.encodeAll(request.negativePrompt())};
        return new Context(joined, join(neg[0].hidden(), neg[1].hidden(), tokens), tokens, positive[1].pooled(), neg[1].pooled());
    }

    /** Per token, {@code a}'s features then {@code b}'s. */
    static float[] join(float[] a, float[] b, int tokens) {
        int da = a.length / tokens;
        int db = b.length / tokens;
        float[] out = new float[a.length + b.length];
        for (int t = 0; t < tokens; t++) {
            System.arraycopy(a, t * da, out, t * (da + db), da);
            System.arraycopy(b, t * db, out, t * (da + db) + da, db);
        }
        return out;
    }
}
