package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.color.StandardProfile;

/**
 * A bounded mutation fuzz of the decoders: bit flips, overwritten size fields, truncation and inserted garbage in
 * every supported format, and in the decoding corpus's layouts that take their own paths (palettes, packed samples,
 * bilevel, CMYK, old-style JPEG, BigTIFF, tiles, planes, pages, animation, float). Each mutant must decode or fail
 * with our own error: no other exception, no hang, no OutOfMemoryError. Deterministic (fixed seed): 400 mutants of
 * each of 10 fixtures and 200 of each of 14 corpus files, 6800 decodes in CI.
 */
class DecoderFuzzTest {

    private static final int MUTANTS_PER_SEED = 400;
    private static final int MUTANTS_PER_CORPUS_FILE = 200;
    private static final String[] CORPUS = {"png-indexed-trns.png", "png-grey2.png", "png-apng.png", "tiff-bilevel-g4.tif", "tiff-grey4.tif",
        "tiff-palette.tif", "tiff-cmyk8-jpeg.tif", "tiff-cmyk16-deflate.tif", "tiff-ojpeg.tif", "tiff-bigtiff.tif", "tiff-tiled.tif",
        "tiff-planar.tif", "tiff-float32.tif", "webp-animated.webp"};
    private static final long SEED = 20261128L;

    @TempDir
    Path dir;

    @Test
    void mutatedFilesGiveOnlyOurErrorAndNeverHang() throws Exception {
        List<byte[]> seeds = seeds();
        int fixtures = seeds.size();
        Path corpus = Corpus.make(dir.resolve("corpus"));
        for (String name : CORPUS) {
            seeds.add(Files.readAllBytes(corpus.resolve(name)));
        }
        Random random = new Random(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-decode");
            t.setDaemon(true);
            return t;
        });
        int decoded = 0;
        int refused = 0;
        try {
            for (int s = 0; s < seeds.size(); s++) {
                for (int i = 0; i < (s < fixtures ? MUTANTS_PER_SEED : MUTANTS_PER_CORPUS_FILE); i++) {
                    byte[] mutant = mutate(seeds.get(s), random);
                    Path file = Files.write(dir.resolve("mutant-" + s + "-" + i + ".bin"), mutant);
                    Future<Boolean> result = worker.submit(() -> decodes(file));
                    try {
                        if (result.get(20, TimeUnit.SECONDS)) {
                            decoded++;
                        } else {
                            refused++;
                        }
                    } catch (TimeoutException e) {
                        fail("decoding hung on a mutant of seed " + s + ", kept at " + file);
                    } catch (java.util.concurrent.ExecutionException e) {
                        fail("mutant " + i + " of seed " + s + " threw " + e.getCause(), e.getCause());
                    }
                    Files.delete(file);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("decoder fuzz: %d mutants, %d decoded, %d refused with ImageIoException%n", decoded + refused, decoded, refused);
        assertTrue(refused > 0 && decoded > 0, "the mutations should both break and spare files");
    }

    /** True when it decoded, false when it was refused with our error; anything else propagates. */
    private static boolean decodes(Path file) {
        try {
            ImageFiles.read(file, new ReadLimits(50_000_000L));
            return true;
        } catch (ImageIoException e) {
            return false;
        }
    }

    private List<byte[]> seeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : new String[] {"base.png", "cmyk.jpg", "psd.psd", "lossy.webp", "lossless.webp", "lzw-predictor-16.tif", "rgba16.png"}) {
            seeds.add(Files.readAllBytes(Fixtures.copy(name, dir)));
        }
        ImageDocument doc = new ImageDocument(Fixtures.random16(40, 30, 2), StandardProfile.ADOBE_RGB.iccBytes(), 16, "png", null);
        for (OutputFormat format : OutputFormat.values()) {
            Path file = dir.resolve("seed." + format.extension());
            ImageFiles.write(doc, file, WriteOptions.of(format).withXmp("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"));
            seeds.add(Files.readAllBytes(file));
        }
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] m = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                // a plausible size field made huge or zero, often within the header
                int at = random.nextInt(Math.min(m.length - 4, 64 + random.nextInt(m.length - 4)));
                int value = random.nextBoolean() ? 0x7fffffff - random.nextInt(1000) : 0;
                for (int b = 0; b < 4; b++) {
                    m[at + b] = (byte) (value >>> (8 * (random.nextBoolean() ? b : 3 - b)));
                }
            }
            case 2 -> m = java.util.Arrays.copyOf(m, 8 + random.nextInt(m.length - 8));
            case 3 -> {
                int at = random.nextInt(m.length);
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                byte[] out = new byte[m.length + junk.length];
                System.arraycopy(m, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(m, at, out, at + junk.length, m.length - at);
                m = out;
            }
            default -> {
                int from = random.nextInt(m.length);
                int length = Math.min(m.length - from, 1 + random.nextInt(256));
                byte[] junk = new byte[length];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, m, from, length);
            }
        }
        return m;
    }
}
