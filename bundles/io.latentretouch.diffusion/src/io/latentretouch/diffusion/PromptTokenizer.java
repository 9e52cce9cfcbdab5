package io.latentretouch.diffusion;

/**
 * A CLIP byte-pair-encoding tokenizer: a prompt becomes the fixed-length ids a text encoder takes,
 * {@code [BOS] tokens… [EOS] pad…}. Instances are immutable and may be used from any thread.
 */
public interface PromptTokenizer {

    /**
     * The ids of a prompt: {@link #length()} of them, beginning with the start token, the tokens truncated so the end
     * token stays last, then the pad id. Never throws: characters the vocabulary lacks become the unknown token.
     */
    int[] encode(String prompt);

    /**
     * How many tokens the prompt has, start and end tokens not counted: more than {@link #length()} − 2 and
     * {@link #encode} cuts the rest off. @since 1.1
     */
    int tokens(String prompt);

    /** How many ids {@link #encode} returns (77 for every CLIP text encoder). */
    int length();

    /** One more than the highest id of the vocabulary: the number of rows the text encoder's embedding must have. */
    int vocabularySize();

    /** The id the ids are padded with after the end token. */
    int padId();
}
