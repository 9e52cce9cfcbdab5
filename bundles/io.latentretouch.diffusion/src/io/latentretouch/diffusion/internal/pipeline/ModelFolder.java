package io.latentretouch.diffusion.internal.pipeline;

import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.PromptTokenizer;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.Tokenizers;
import io.latentretouch.diffusion.internal.JsonFiles;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;

/** A registered diffusers folder read into a model: its components, tokenizer, scheduler and VAE scale. */
public final class ModelFolder {

    private static final float SD_SCALING = 0.18215f;

    private ModelFolder() {
    }

    public static DiffusionModel load(ModelDescriptor folder, ModelRegistry registry)
            throws InferenceException, DiffusionException {
        Path root = registry.file(folder).orElseThrow(() -> new DiffusionException(Code.UNSUPPORTED,
                "Model '" + folder.id() + "' is not a folder on disk")).path().getParent();
        JsonObject index = JsonFiles.optional(root.resolve("model_index.json"));
        PromptTokenizer tokenizer = Tokenizers.load(root.resolve("tokenizer"));
        Double vocabulary = number(root.resolve("text_encoder/config.json"), "vocab_size");
        if (vocabulary != null && vocabulary.intValue() != tokenizer.vocabularySize()) {
            throw new DiffusionException(Code.INVALID, "Model '" + folder.id() + "': the tokenizer has "
                    + tokenizer.vocabularySize() + " ids but the text encoder " + vocabulary.intValue()
                    + " (text_encoder/config.json): they are not from the same model");
        }
        Double scale = number(root.resolve("vae_decoder/config.json"), "scaling_factor");
        float scaling = scale == null ? SD_SCALING : scale.floatValue();
        String id = folder.id();
        return new DiffusionModel(id, tokenizer, SchedulerConfig.read(root.resolve("scheduler/scheduler_config.json")),
                registry.require(id + "/text_encoder"), registry.require(id + "/unet"),
                registry.require(id + "/vae_decoder"), registry.find(id + "/vae_encoder").orElse(null), scaling,
                second(folder, index, root, registry));
    }

    /** SDXL's second encoder when {@code model_index.json} names one. */
    private static DiffusionModel.SecondEncoder second(ModelDescriptor folder, JsonObject index, Path root,
            ModelRegistry registry) throws DiffusionException, InferenceException {
        if (index == null || !index.has("text_encoder_2")) {
            return null;
        }
        JsonElement zeros = index.get("force_zeros_for_empty_prompt");
        return new DiffusionModel.SecondEncoder(Tokenizers.load(root.resolve("tokenizer_2")),
                registry.require(folder.id() + "/text_encoder_2"), zeros == null || zeros.getAsBoolean());
    }

    /** A number of a config file, or null when the file or the key is absent. @throws DiffusionException when not a number */
    private static Double number(Path file, String key) throws DiffusionException {
        JsonObject config = JsonFiles.optional(file);
        JsonElement e = config == null ? null : config.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new DiffusionException(Code.INVALID, file + ": " + key + " is " + e + ", expected a number");
        }
        return e.getAsDouble();
    }
}
