package io.latentretouch.diffusion.internal.pipeline;

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

/** Prompts to the UNet's context: tokenised, then run through the CLIP text encoder ([1, 77, D] each). */
final class TextEncoder {

    private final InferenceService service;
    private final ModelDescriptor model;
    private final PromptTokenizer tokenizer;
    private final TensorSpec ids;
    private final String output;

    private TextEncoder(InferenceService service, ModelDescriptor model, PromptTokenizer tokenizer, TensorSpec ids,
            String output) {
        this.service = service;
        this.model = model;
        this.tokenizer = tokenizer;
        this.ids = ids;
        this.output = output;
    }

    static TextEncoder load(InferenceService service, ModelDescriptor model, PromptTokenizer tokenizer)
            throws InferenceException, DiffusionException {
        Contract contract = service.load(model);
        return new TextEncoder(service, model, tokenizer, Inputs.input(model, contract, "input_ids"),
                Inputs.firstOutput(contract));
    }

    /** The hidden states of the prompt, {@code [77 × D]} flat. */
    float[] encode(String prompt) throws InferenceException, DiffusionException {
        int[] tokens = tokenizer.encode(prompt);
        Tensor in = Inputs.ids(ids.type(), tokens, 1, tokens.length);
        Map<String, Tensor> out = service.run(model, Map.of(ids.name(), in), RunMonitor.NONE);
        Tensor hidden = out.get(output);
        if (hidden.rank() != 3 || hidden.dim(1) != tokens.length) {
            throw new DiffusionException(Code.UNSUPPORTED, "Text encoder '" + model.id() + "' gave " + hidden
                    + " for " + tokens.length + " tokens, expected [1, " + tokens.length + ", D]");
        }
        return Inputs.floats(hidden);
    }
}
