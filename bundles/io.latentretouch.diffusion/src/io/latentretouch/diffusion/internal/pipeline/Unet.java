package io.latentretouch.diffusion.internal.pipeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.Guidance;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;

/**
 * The denoising UNet as its export has it: the timestep's type (int64, int32 or float32) and rank (a batch vector or
 * a scalar) read from the model, classifier-free guidance as one batch of two where the batch dimension is free and as
 * two runs where an export fixed it at one, or, for an LCM UNet, as the embedding its {@code timestep_cond} takes; an
 * SDXL UNet also gets the pooled prompt ({@code text_embeds}) and its size conditioning ({@code time_ids}: the
 * original size, the crop's top left corner, the target size, in pixels; no crop, both sizes the generation's).
 */
final class Unet {

    private static final String TIMESTEP_COND = "timestep_cond";
    private static final String TEXT_EMBEDS = "text_embeds";
    private static final String TIME_IDS = "time_ids";
    private static final int LCM_EMBEDDING = 256;

    private final InferenceService service;
    private final ModelDescriptor model;
    private final TensorSpec timestep;
    private final boolean batchOfTwo;
    private final int channels;
    private final int guidanceEmbedding;
    private final String output;
    /** SDXL's size conditioning input, or null for a UNet without one. */
    private TensorSpec timeIds;

    private Unet(InferenceService service, ModelDescriptor model, TensorSpec timestep, boolean batchOfTwo,
            int channels, int guidanceEmbedding, String output) {
        this.service = service;
        this.model = model;
        this.timestep = timestep;
        this.batchOfTwo = batchOfTwo;
        this.channels = channels;
        this.guidanceEmbedding = guidanceEmbedding;
        this.output = output;
    }

    static Unet load(InferenceService service, ModelDescriptor model) throws InferenceException, DiffusionException {
        Contract contract = service.load(model);
        TensorSpec sample = Inputs.input(model, contract, "sample");
        Inputs.input(model, contract, "encoder_hidden_states");
        TensorSpec timestep = Inputs.input(model, contract, "timestep");
        if (timestep.type() != DType.FLOAT32 && timestep.type() != DType.INT64 && timestep.type() != DType.INT32) {
            throw new DiffusionException(Code.UNSUPPORTED, "UNet '" + model.id() + "' takes its timestep as "
                    + timestep.type().label() + ", expected int64, int32 or float32");
        }
        // an LCM UNet takes the guidance as an embedding, timestep_cond [B, D], instead of a doubled batch
        int embedding = contract.inputs().stream().filter(s -> s.name().equals(TIMESTEP_COND)).findFirst()
                .map(s -> s.dims().size() == 2 && s.dims().get(1).matches("\\d+") ? Integer.parseInt(s.dims().get(1))
                        : LCM_EMBEDDING)
                .orElse(0);
        Unet unet = new Unet(service, model, timestep, !Inputs.fixedAtOne(sample, 0), channels(sample), embedding,
                Inputs.firstOutput(contract));
        if (contract.inputs().stream().anyMatch(s -> s.name().equals(TEXT_EMBEDS))) {
            unet.timeIds = Inputs.input(model, contract, TIME_IDS);
        }
        return unet;
    }

    /** Whether the guidance goes in as an embedding (LCM), so no negative prompt is needed. */
    boolean guidesByEmbedding() {
        return guidanceEmbedding > 0;
    }

    /** The channels of {@code sample}: 4, 9 for an inpainting UNet; 4 where the export left the dimension free. */
    int channels() {
        return channels;
    }

    private static int channels(TensorSpec sample) {
        String dim = sample.dims().size() > 1 ? sample.dims().get(1) : "";
        return dim.matches("\\d+") ? Integer.parseInt(dim) : Vae.CHANNELS;
    }

    /**
     * The noise prediction for one image's latents ({@code [C, h, w]} flat) at timestep {@code t}: guided by the
     * negative context when {@code guidance > 1}, the positive alone otherwise.
     *
     * @param context the positive and, when guiding, the negative hidden states, each {@code [77 × D]}
     * @param rescale guidance rescale φ, 0 for none
     */
    float[] predict(float[] latents, long[] shape, float t, Context context, float guidance, float rescale)
            throws InferenceException {
        int tokens = context.tokens();
        if (timeIds != null && context.pooledPositive() == null) {
            throw new InferenceException(InferenceException.Code.BAD_INPUT, "UNet '" + model.id() + "' takes SDXL's "
                    + TEXT_EMBEDS + " and " + TIME_IDS + ", but the model has no second text encoder to make them");
        }
        if (guidance <= 1 || guidanceEmbedding > 0) {
            return run(latents, shape, t, context.positive(), context.pooledPositive(), 1, tokens, guidance);
        }
        float[] unconditional;
        float[] conditional;
        if (batchOfTwo) {
            float[] both = run(Conditions.concat(latents, latents), shape, t,
                    Conditions.concat(context.negative(), context.positive()), pooled(context), 2, tokens, guidance);
            // the prediction has the latents' 4 channels, fewer than an inpainting or lighting UNet's sample
            unconditional = Arrays.copyOfRange(both, 0, both.length / 2);
            conditional = Arrays.copyOfRange(both, both.length / 2, both.length);
        } else {
            unconditional = run(latents, shape, t, context.negative(), context.pooledNegative(), 1, tokens, guidance);
            conditional = run(latents, shape, t, context.positive(), context.pooledPositive(), 1, tokens, guidance);
        }
        float[] guided = Guidance.combine(unconditional, conditional, guidance);
        return rescale > 0 ? Guidance.rescale(guided, conditional, rescale) : guided;
    }

    /** The pooled embeddings of a batch of two, negative first; null for a model without. */
    private static float[] pooled(Context c) {
        return c.pooledPositive() == null ? null : Conditions.concat(c.pooledNegative(), c.pooledPositive());
    }

    /** @param pooled SDXL's pooled embedding of each image of the batch, or null */
    private float[] run(float[] latents, long[] shape, float t, float[] hidden, float[] pooled, int batch, int tokens,
            float guidance) throws InferenceException {
        long width = hidden.length / batch / tokens;
        Map<String, Tensor> in = new HashMap<>();
        in.put("sample", Tensor.ofFloats(latents, batch, shape[0], shape[1], shape[2]));
        in.put("timestep", timestep(t, batch));
        in.put("encoder_hidden_states", Tensor.ofFloats(hidden, batch, tokens, width));
        if (timeIds != null) {
            in.put(TEXT_EMBEDS, Tensor.ofFloats(pooled, batch, pooled.length / batch));
            in.put(TIME_IDS, timeIds(shape[1] * Vae.FACTOR, shape[2] * Vae.FACTOR, batch));
        }
        if (guidanceEmbedding > 0) {
            in.put(TIMESTEP_COND, Tensor.ofFloats(Guidance.embedding(guidance, guidanceEmbedding), 1,
                    guidanceEmbedding));
        }
        return Inputs.floats(service.run(model, in, RunMonitor.NONE).get(output));
    }

    /** {@code [height, width, 0, 0, height, width]} per image, in the type the export takes. */
    private Tensor timeIds(long height, long width, int batch) {
        long[] ids = {height, width, 0, 0, height, width};
        Tensor tensor = Tensor.allocate(timeIds.type(), batch, ids.length);
        for (int i = 0; i < batch * ids.length; i++) {
            switch (timeIds.type()) {
                case INT64 -> tensor.longs().put(i, ids[i % ids.length]);
                case INT32 -> tensor.ints().put(i, (int) ids[i % ids.length]);
                default -> tensor.floats().put(i, ids[i % ids.length]);
            }
        }
        return tensor;
    }

    /** The timestep as the export takes it: rounded for an integer type, once per image or as a scalar. */
    private Tensor timestep(float t, int batch) {
        boolean scalar = timestep.dims().isEmpty();
        Tensor tensor = Tensor.allocate(timestep.type(), scalar ? new long[0] : new long[] {batch});
        for (int i = 0; i < (scalar ? 1 : batch); i++) {
            switch (timestep.type()) {
                case INT64 -> tensor.longs().put(i, Math.round(t));
                case INT32 -> tensor.ints().put(i, Math.round(t));
                default -> tensor.floats().put(i, t);
            }
        }
        return tensor;
    }
}
