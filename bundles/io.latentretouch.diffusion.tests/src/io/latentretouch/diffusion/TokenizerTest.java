package io.latentretouch.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.DiffusionException.Code;

/**
 * The CLIP tokenizer on a fixture vocabulary that holds the 512 byte tokens, the reference words with their real
 * CLIP ViT-L/14 ids and the merges that build them (their intermediate symbols at ids from 40000 on).
 */
class TokenizerTest {

    private static final int BOS = 49406;
    private static final int EOS = 49407;

    @TempDir
    Path dir;
    private PromptTokenizer tokenizer;

    @BeforeEach
    void load() throws Exception {
        tokenizer = Tokenizers.load(Fixtures.folder("clip", dir));
    }

    @Test
    void theReferencePromptsGiveTheRealIds() {
        assertIds(tokenizer, "a photo of a cat", BOS, 320, 1125, 539, 320, 2368, EOS);
        assertIds(tokenizer, "a photo of a dog", BOS, 320, 1125, 539, 320, 1929, EOS);
        assertIds(tokenizer, "A Photo of a TREE!", BOS, 320, 1125, 539, 320, 2677, 256, EOS);
        assertIds(tokenizer, "2 dogs and 3 cats", BOS, 273, 3255, 537, 274, 3989, EOS);
        assertIds(tokenizer, "", BOS, EOS);
    }

    @Test
    void whitespaceIsCollapsedAndDigitsAreSingle() {
        assertIds(tokenizer, "  a\tphoto \n of   a cat  ", BOS, 320, 1125, 539, 320, 2368, EOS);
        // "42" is two pieces; each digit alone is a word: 4</w> = 256 + 19, 2</w> = 256 + 17
        assertIds(tokenizer, "42", BOS, 275, 273, EOS);
    }

    @Test
    void unicodeGoesThroughTheUtf8ByteMap() {
        // c a merge (the fixture's "ca" = 40003); é = C3 A9: Ã (174 + 21 → id 127), © (161 + 8 → 102) ending the word
        assertIds(tokenizer, "café", BOS, 40003, 69, 127, 358, EOS);
        // upper case folds before the map: Ü → ü = C3 BC, ¼ → id 120, at the end 376
        assertIds(tokenizer, "Ü", BOS, 127, 376, EOS);
    }

    @Test
    void contractionsAndSpecialTokensArePiecesOfTheirOwn() {
        // dog's → dog + 's; ' = id 6, s</w> = 256 + 82
        assertIds(tokenizer, "dog's", BOS, 1929, 6, 338, EOS);
        assertIds(tokenizer, "a <|endoftext|> cat", BOS, 320, EOS, 2368, EOS);
    }

    @Test
    void longPromptsAreTruncatedWithTheEndTokenAtIndex76() {
        int[] ids = tokenizer.encode("a ".repeat(200));
        assertEquals(77, ids.length);
        assertEquals(BOS, ids[0]);
        assertEquals(EOS, ids[76]);
        for (int i = 1; i < 76; i++) {
            assertEquals(320, ids[i], "token " + i);
        }
        // a word whose tokens straddle the limit is cut too, never pushing the end token out
        int[] cut = tokenizer.encode("a ".repeat(74) + "café");
        assertEquals(40003, cut[75]);
        assertEquals(EOS, cut[76]);
    }

    @Test
    void theTokenCountSaysWhenAPromptIsCut() {
        assertEquals(200, tokenizer.tokens("a ".repeat(200)));
        assertEquals(78, tokenizer.tokens("a ".repeat(74) + "café"), "café is four tokens");
        int[] ids = tokenizer.encode("a photo of a cat");
        int used = 0;
        while (ids[used] != EOS) {
            used++;
        }
        assertEquals(used - 1, tokenizer.tokens("a photo of a cat"), "the tokens between the start and the end token");
        assertEquals(0, tokenizer.tokens("  "));
    }

    @Test
    void padsWithTheConfiguredPadToken() throws Exception {
        assertEquals(EOS, tokenizer.padId());
        assertEquals(EOS, tokenizer.encode("a cat")[10]);
        // SD 2.x and SDXL's second tokenizer pad with "!" (id 0), given as an AddedToken object
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"pad_token\": {\"content\": \"!\"}, "
                + "\"model_max_length\": 77}");
        PromptTokenizer second = Tokenizers.load(dir);
        int[] ids = second.encode("a cat");
        assertArrayEquals(new int[] {BOS, 320, 2368, EOS, 0, 0}, Arrays.copyOf(ids, 6));
        assertEquals(0, ids[76]);
    }

    @Test
    void withoutATokenizerConfigTheSpecialTokensMapIsRead() throws Exception {
        Files.delete(dir.resolve("tokenizer_config.json"));
        assertEquals(EOS, Tokenizers.load(dir).padId());
        Files.writeString(dir.resolve("special_tokens_map.json"), "{\"pad_token\": \"!\"}");
        assertEquals(0, Tokenizers.load(dir).padId());
    }

    @Test
    void theVocabularySizeIsWhatTheEmbeddingMustHold() {
        assertEquals(49408, tokenizer.vocabularySize());
        assertEquals(77, tokenizer.length());
    }

    @Test
    void brokenFoldersAreRefusedNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("merges.txt"), "#version: 0.2\np h\nthree symbols here\n");
        DiffusionException bad = assertThrows(DiffusionException.class, () -> Tokenizers.load(dir));
        assertEquals(Code.INVALID, bad.code());
        assertTrue(bad.getMessage().contains("merges.txt line 3"), bad.getMessage());

        Files.writeString(dir.resolve("vocab.json"), "{\"a</w>\": 320}");
        DiffusionException notClip = assertThrows(DiffusionException.class, () -> Tokenizers.load(dir));
        assertTrue(notClip.getMessage().contains("<|startoftext|>"), notClip.getMessage());

        Files.writeString(dir.resolve("vocab.json"), "{\"a</w>\": ");
        assertEquals(Code.UNREADABLE, assertThrows(DiffusionException.class, () -> Tokenizers.load(dir)).code());

        Files.delete(dir.resolve("vocab.json"));
        DiffusionException missing = assertThrows(DiffusionException.class, () -> Tokenizers.load(dir));
        assertEquals(Code.UNREADABLE, missing.code());
        assertTrue(missing.getMessage().contains("vocab.json"), missing.getMessage());
    }

    @Test
    void aPadTokenOutsideTheVocabularyIsRefused() throws IOException {
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"pad_token\": \"<pad>\"}");
        DiffusionException e = assertThrows(DiffusionException.class, () -> Tokenizers.load(dir));
        assertEquals(Code.INVALID, e.code());
        assertTrue(e.getMessage().contains("<pad>"), e.getMessage());
    }

    private static void assertIds(PromptTokenizer tokenizer, String prompt, int... expected) {
        int[] ids = tokenizer.encode(prompt);
        assertEquals(77, ids.length);
        assertArrayEquals(expected, Arrays.copyOf(ids, expected.length), prompt);
        for (int i = expected.length; i < ids.length; i++) {
            assertEquals(tokenizer.padId(), ids[i], prompt + ": padding at " + i);
        }
    }
}
