package io.latentretouch.diffusion;

import java.nio.file.Path;

import io.latentretouch.diffusion.internal.tokenizer.TokenizerFiles;

/** Loads the tokenizers of a diffusers model folder ({@code tokenizer/}, and {@code tokenizer_2/} for SDXL). */
public final class Tokenizers {

    private Tokenizers() {
    }

    /**
     * The tokenizer in {@code folder}: {@code vocab.json}, {@code merges.txt} and, when present,
     * {@code tokenizer_config.json} (its pad token and length) or {@code special_tokens_map.json}.
     *
     * @throws DiffusionException {@code UNREADABLE} when a file is missing or not valid, {@code INVALID} when the
     *         vocabulary lacks a special token or a merge line is malformed, each naming the file
     */
    public static PromptTokenizer load(Path folder) throws DiffusionException {
        return TokenizerFiles.load(folder);
    }
}
