package io.latentretouch.diffusion.internal.tokenizer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.latentretouch.diffusion.PromptTokenizer;

/** CLIP's tokenizer: clean, split into pieces, byte-map, BPE, look up, frame with start and end, pad. */
final class ClipTokenizer implements PromptTokenizer {

    static final String START = "<|startoftext|>";
    static final String END = "<|endoftext|>";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    // the pieces of CLIP's tokenizer: special tokens, English contractions, letter runs, single digits, symbol runs
    private static final Pattern PIECES = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Integer> vocabulary;
    private final Bpe bpe;
    private final int length;
    private final int startId;
    private final int endId;
    private final int padId;
    private final int vocabularySize;

    ClipTokenizer(Map<String, Integer> vocabulary, Bpe bpe, int length, int padId) {
        this.vocabulary = vocabulary;
        this.bpe = bpe;
        this.length = length;
        this.startId = vocabulary.get(START);
        this.endId = vocabulary.get(END);
        this.padId = padId;
        this.vocabularySize = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    @Override
    public int[] encode(String prompt) {
        int[] ids = new int[length];
        Arrays.fill(ids, padId);
        ids[0] = startId;
        int n = 1;
        Matcher m = PIECES.matcher(clean(prompt));
        while (m.find() && n < length - 1) {
            n = append(m.group(), ids, n);
        }
        ids[n] = endId;
        return ids;
    }

    @Override
    public int tokens(String prompt) {
        int count = 0;
        Matcher m = PIECES.matcher(clean(prompt));
        while (m.find()) {
            String piece = m.group();
            count += piece.equals(START) || piece.equals(END) ? 1 : bpe.apply(ByteMap.encode(piece)).size();
        }
        return count;
    }

    /** The piece's tokens after {@code ids[n - 1]}, as many as fit before the end token; the next free index. */
    private int append(String piece, int[] ids, int n) {
        if (piece.equals(START) || piece.equals(END)) {
            ids[n] = vocabulary.get(piece);
            return n + 1;
        }
        for (String token : bpe.apply(ByteMap.encode(piece))) {
            if (n == length - 1) {
                break;
            }
            ids[n++] = vocabulary.getOrDefault(token, endId);
        }
        return n;
    }

    private static String clean(String prompt) {
        String text = Normalizer.normalize(prompt, Normalizer.Form.NFC);
        return WHITESPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int vocabularySize() {
        return vocabularySize;
    }

    @Override
    public int padId() {
        return padId;
    }
}
