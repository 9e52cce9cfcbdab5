package io.latentretouch.diffusion.internal.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.PromptTokenizer;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.Tokenizers;
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
        JsonObject index = json(root.resolve("model_index.json"));
        if (index != null && index.has("text_encoder_2")) {
            throw new DiffusionException(Code.UNSUPPORTED, "Model '" + folder.id()
                    + "' has a second text encoder (SDXL): not supported yet");
        }
        PromptTokenizer tokenizer = Tokenizers.load(root.resolve("tokenizer"));
        JsonObject encoder = json(root.resolve("text_encoder/config.json"));
        if (encoder != null && encoder.has("vocab_size")
                && encoder.get("vocab_size").getAsInt() != tokenizer.vocabularySize()) {
            throw new DiffusionException(Code.INVALID, "Model '" + folder.id() + "': the tokenizer has "
                    + tokenizer.vocabularySize() + " ids but the text encoder " + encoder.get("vocab_size")
                    + " (text_encoder/config.json): they are not from the same model");
        }
        JsonObject vae = json(root.resolve("vae_decoder/config.json"));
        float scaling = vae != null && vae.has("scaling_factor") ? vae.get("scaling_factor").getAsFloat() : SD_SCALING;
        String id = folder.id();
        return new DiffusionModel(id, tokenizer, SchedulerConfig.read(root.resolve("scheduler/scheduler_config.json")),
                registry.require(id + "/text_encoder"), registry.require(id + "/unet"),
                registry.require(id + "/vae_decoder"), registry.find(id + "/vae_encoder").orElse(null), scaling);
    }

    /** A JSON object file, or null when the folder has none. */
    private static JsonObject json(Path file) throws DiffusionException {
        if (!Files.exists(file)) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement e = JsonParser.parseReader(in);
            if (!e.isJsonObject()) {
                throw new DiffusionException(Code.UNREADABLE, file + " is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (IOException | JsonParseException | NumberFormatException e) {
            throw new DiffusionException(Code.UNREADABLE, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
