package io.latentretouch.diffusion.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;

/** The JSON object files of a model folder (configs, vocabularies), every problem named with its file. */
public final class JsonFiles {

    private JsonFiles() {
    }

    /**
     * @param owner what lacks the file when it is missing, for the message: "the tokenizer", "the model"
     * @throws DiffusionException {@code UNREADABLE} when the file is missing, cannot be read or is not a JSON object
     */
    public static JsonObject read(Path file, String owner) throws DiffusionException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement e = JsonParser.parseReader(in);
            if (!e.isJsonObject()) {
                throw new DiffusionException(Code.UNREADABLE, file + " is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new DiffusionException(Code.UNREADABLE, owner + " has no " + file, e);
        } catch (IOException | JsonParseException e) {
            throw new DiffusionException(Code.UNREADABLE, file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's object, or null when the folder has no such file. @throws DiffusionException as {@link #read} */
    public static JsonObject optional(Path file) throws DiffusionException {
        return Files.exists(file) ? read(file, "the folder") : null;
    }
}
