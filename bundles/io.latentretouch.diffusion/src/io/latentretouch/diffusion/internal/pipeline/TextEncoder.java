package io.latentretouch.diffusion.internal.pipeline;

import java.util.Comparator;
import java.util.Map;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.PromptTokenizer;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/**
 * Prompts to the UNet's context: tokenised, then run through a CLIP text encoder ([1, 77, D] each). For SDXL the
 * context is the penultimate layer's hidden states where the export gives every layer ({@code hidden_states.N}), and an
 * encoder with a projection also gives its pooled {@code text_embeds}.
 */
final class TextEncoder {

    private static final String LAYER = "hidden_states.";
    private static final String POOLED = "text_embeds";

    /** One prompt's encoding: {@code [77 × D]} hidden states, and the pooled {@code [P]} embedding or null. */
    record Encoded(float[] hidden, float[] pooled) {
    }

    private final InferenceService service;
    private final ModelDescriptor model;
    private final PromptTokenizer tokenizer;
    private final TensorSpec ids;
    private final String hidden;
    private final boolean pooled;

    private TextEncoder(InferenceService service, ModelDescriptor model, PromptTokenizer tokenizer, TensorSpec ids,
            String hidden, boolean pooled) {
        this.service = service;
        this.model = model;
        this.tokenizer = tokenizer;
        this.ids = ids;
        this.hidden = hidden;
        this.pooled = pooled;
    }

    /** @param penultimate whether the context is the layer before the last (SDXL), where the export gives it */
    static TextEncoder load(InferenceService service, ModelDescriptor model, PromptTokenizer tokenizer, boolean penultimate)
            throws InferenceException, DiffusionException {
        Contract contract = service.load(model);
        String hidden = contract.outputs().stream().map(TensorSpec::name).filter(n -> n.equals("last_hidden_state")).findFirst()
                .orElse(Inputs.firstOutput(contract));
        if (penultimate) {
            hidden = contract.outputs().stream().map(TensorSpec::name).filter(n -> n.matches("hidden_states\\.\\d+"))
                    .sorted(Comparator.comparingInt((String n) -> Integer.parseInt(n.substring(LAYER.length()))).reversed())
                    .skip(1).findFirst().orElse(hidden);
        }
        boolean pooled = contract.outputs().stream().anyMatch(s -> s.name().equals(POOLED));
        return new TextEncoder(service, model, tokenizer, Inputs.input(model, contract, "input_ids"), hidden, pooled);
    }

    static TextEncoder load(InferenceService service, ModelDescriptor model, PromptTokenizer tokenizer)
            throws InferenceException, DiffusionException {
        return load(service, model, tokenizer, false);
    }

    /** The hidden states of the prompt, {@code [77 × D]} flat. */
    float[] encode(String prompt) throws InferenceException, DiffusionException {
        return encodeAll(prompt).hidden();
    }

    /** The hidden states of the prompt and, for an encoder with a projection, its pooled embedding. */
    Encoded encodeAll(String prompt) throws InferenceException, DiffusionException {
        int[] tokens = tokenizer.encode(prompt);
        Tensor in = Inputs.ids(ids.type(), tokens, 1, tokens.length);
        Map<String, Tensor> out = service.run(model, Map.of(ids.name(), in), RunMonitor.NONE);
        Tensor states = out.get(hidden);
        if (states.rank() != 3 || states.dim(1) != tokens.length) {
            throw new DiffusionException(Code.UNSUPPORTED, "Text encoder '" + model.id() + "' gave " + states
                    + " for " + tokens.length + " tokens, expected [1, " + tokens.length + ", D]");
        }
        return new Encoded(Inputs.floats(states), pooled ? Inputs.floats(out.get(POOLED)) : null);
    }
}
