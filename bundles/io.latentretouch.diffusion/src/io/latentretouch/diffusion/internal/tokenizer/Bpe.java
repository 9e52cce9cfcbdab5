package io.latentretouch.diffusion.internal.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Byte-pair encoding of one word: its symbols, the last one marked with {@code </w>}, merged pair by pair, always the
 * adjacent pair ranked first in {@code merges.txt}, until no ranked pair is left. Words seen before come from a cache.
 */
final class Bpe {

    static final String END_OF_WORD = "</w>";
    private static final int CACHE_LIMIT = 20_000;

    private final Map<String, Integer> ranks;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param ranks each merge as {@code "left right"} with its line order */
    Bpe(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    List<String> apply(String word) {
        List<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        List<String> symbols = merge(split(word));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, symbols);
        return symbols;
    }

    private static List<String> split(String word) {
        List<String> symbols = new ArrayList<>(word.length());
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String s = new String(cps, i, 1);
            symbols.add(i == cps.length - 1 ? s + END_OF_WORD : s);
        }
        return symbols;
    }

    private List<String> merge(List<String> symbols) {
        while (symbols.size() > 1) {
            int best = Integer.MAX_VALUE;
            String left = null;
            String right = null;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                Integer rank = ranks.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < best) {
                    best = rank;
                    left = symbols.get(i);
                    right = symbols.get(i + 1);
                }
            }
            if (left == null) {
                break;
            }
            symbols = mergeAll(symbols, left, right);
        }
        return List.copyOf(symbols);
    }

    /** Every occurrence of the pair, left to right, as one symbol. */
    private static List<String> mergeAll(List<String> symbols, String left, String right) {
        List<String> out = new ArrayList<>(symbols.size());
        int i = 0;
        while (i < symbols.size()) {
            if (i + 1 < symbols.size() && symbols.get(i).equals(left) && symbols.get(i + 1).equals(right)) {
                out.add(left + right);
                i += 2;
            } else {
                out.add(symbols.get(i++));
            }
        }
        return out;
    }
}
