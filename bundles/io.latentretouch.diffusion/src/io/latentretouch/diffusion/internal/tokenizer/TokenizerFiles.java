package io.latentretouch.diffusion.internal.tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.PromptTokenizer;
import io.latentretouch.diffusion.internal.JsonFiles;

/** Reads a tokenizer folder as transformers writes it, every problem named with its file. */
public final class TokenizerFiles {

    private static final int CLIP_LENGTH = 77;
    private static final int LONGEST = 1024;

    private TokenizerFiles() {
    }

    public static PromptTokenizer load(Path folder) throws DiffusionException {
        Map<String, Integer> vocabulary = vocabulary(folder.resolve("vocab.json"));
        Bpe bpe = new Bpe(merges(folder.resolve("merges.txt")));
        JsonObject config = JsonFiles.optional(folder.resolve("tokenizer_config.json"));
        JsonObject special = JsonFiles.optional(folder.resolve("special_tokens_map.json"));
        String pad = token(config, "pad_token");
        if (pad == null) {
            pad = token(special, "pad_token");
        }
        pad = pad == null ? ClipTokenizer.END : pad;
        Integer padId = vocabulary.get(pad);
        if (padId == null) {
            throw new DiffusionException(Code.INVALID, folder.resolve("tokenizer_config.json")
                    + ": the pad token \"" + pad + "\" is not in vocab.json");
        }
        return new ClipTokenizer(vocabulary, bpe, length(config), padId);
    }

    private static Map<String, Integer> vocabulary(Path file) throws DiffusionException {
        JsonObject json = JsonFiles.read(file, "the tokenizer");
        Map<String, Integer> vocabulary = new HashMap<>(json.size() * 2);
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            if (!e.getValue().isJsonPrimitive() || !e.getValue().getAsJsonPrimitive().isNumber()) {
                throw new DiffusionException(Code.INVALID, file + ": the id of \"" + e.getKey() + "\" is "
                        + e.getValue() + ", expected a number");
            }
            vocabulary.put(e.getKey(), e.getValue().getAsInt());
        }
        for (String special : List.of(ClipTokenizer.START, ClipTokenizer.END)) {
            if (!vocabulary.containsKey(special)) {
                throw new DiffusionException(Code.INVALID, file + " has no " + special + ": not a CLIP vocabulary");
            }
        }
        return vocabulary;
    }

    /** Each merge with its rank, the line order; the {@code #version} line and blank lines skipped. */
    private static Map<String, Integer> merges(Path file) throws DiffusionException {
        List<String> lines = lines(file);
        Map<String, Integer> ranks = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || i == 0 && line.startsWith("#version")) {
                continue;
            }
            String[] pair = line.split(" ");
            if (pair.length != 2) {
                throw new DiffusionException(Code.INVALID, file + " line " + (i + 1) + ": \"" + line
                        + "\" is not a merge, expected two symbols separated by one space");
            }
            ranks.putIfAbsent(line, ranks.size());
        }
        return ranks;
    }

    /** {@code model_max_length}, kept when sensible: some configs write 1e30 for "no limit". */
    private static int length(JsonObject config) {
        JsonElement e = config == null ? null : config.get("model_max_length");
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return CLIP_LENGTH;
        }
        double n = e.getAsDouble();
        return n >= 2 && n <= LONGEST ? (int) n : CLIP_LENGTH;
    }

    /** A special token written as a string or as transformers' {@code AddedToken} object. */
    private static String token(JsonObject config, String key) {
        JsonElement e = config == null ? null : config.get(key);
        if (e != null && e.isJsonObject() && e.getAsJsonObject().has("content")) {
            e = e.getAsJsonObject().get("content");
        }
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static List<String> lines(Path file) throws DiffusionException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DiffusionException(Code.UNREADABLE, "the tokenizer has no " + file, e);
        } catch (IOException e) {
            throw new DiffusionException(Code.UNREADABLE, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
