package io.latentretouch.diffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * Benchmark, run on demand ({@code -Dbench=true}, see docs/BENCHMARKS.md): encoding studio prompts on a vocabulary
 * of CLIP's size (48,894 merges, 49,408 ids) in which every word is built one merge per letter, the most merging a
 * word can need; each prompt on a fresh tokenizer (no word cached) and on one that has seen them.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class TokenizerBench {

    private static final int MERGES = 48_894;
    private static final String[] WORDS = ("editorial portrait of a model in a linen blazer soft window light "
            + "natural skin texture freckles film grain studio backdrop seamless paper high key low key rim light "
            + "silk charcoal wool trench coat denim jacket cotton shirt pleated skirt knitwear golden hour "
            + "overcast daylight beauty dish softbox photographed on medium format sharp focus shallow depth "
            + "of field catalogue ecommerce front view three quarter profile hands pockets smiling serious")
            .split(" ");

    @TempDir
    Path dir;

    @Test
    void encodingTime() throws Exception {
        writeVocabulary(dir);
        List<String> prompts = prompts(100);
        PromptTokenizer shared = Tokenizers.load(dir);
        for (String prompt : prompts) {
            shared.encode(prompt); // compiles the code paths; the words stay cached in this tokenizer
        }
        long[] cold = new long[prompts.size()];
        long[] warm = new long[prompts.size()];
        for (int i = 0; i < prompts.size(); i++) {
            PromptTokenizer fresh = Tokenizers.load(dir);
            long t0 = System.nanoTime();
            fresh.encode(prompts.get(i));
            cold[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            shared.encode(prompts.get(i));
            warm[i] = System.nanoTime() - t0;
        }
        System.out.println("| prompt of 25 words, median of " + prompts.size() + " | ms |");
        System.out.println("|---|---|");
        System.out.printf("| every word new (a fresh tokenizer) | %.3f |%n", median(cold));
        System.out.printf("| every word seen before (cached) | %.3f |%n", median(warm));
        System.out.printf("| slowest with every word new | %.3f |%n", Arrays.stream(cold).max().orElse(0) / 1e6);
    }

    /** The byte tokens, each word's left-to-right merge chain, filler merges up to CLIP's count, the specials. */
    private static void writeVocabulary(Path dir) throws IOException {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        String bytes = Files.readString(dirOfFixture().resolve("vocab.json"));
        Map<?, ?> fixture = new Gson().fromJson(bytes, Map.class);
        fixture.forEach((k, v) -> {
            if (((Number) v).intValue() < 512) {
                vocab.put((String) k, ((Number) v).intValue());
            }
        });
        List<String> merges = new ArrayList<>();
        for (String word : WORDS) {
            String symbol = word.substring(0, 1);
            for (int i = 1; i < word.length(); i++) {
                String next = word.substring(i, i + 1) + (i == word.length() - 1 ? "</w>" : "");
                merges.add(symbol + " " + next);
                symbol += next;
                vocab.putIfAbsent(symbol, 512 + merges.size());
            }
        }
        for (int i = merges.size(); i < MERGES; i++) {
            merges.add("q" + i + " z" + i);
        }
        vocab.put("<|startoftext|>", 49406);
        vocab.put("<|endoftext|>", 49407);
        Files.writeString(dir.resolve("vocab.json"), new Gson().toJson(vocab));
        Files.write(dir.resolve("merges.txt"), prepend("#version: 0.2", merges));
    }

    private static Path dirOfFixture() throws IOException {
        return Fixtures.folder("clip", Files.createTempDirectory("clip"));
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> prompts(int count) {
        Random random = new Random(1);
        List<String> prompts = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 25; w++) {
                b.append(w == 0 ? "" : w % 6 == 0 ? ", " : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            prompts.add(b.toString());
        }
        return prompts;
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
