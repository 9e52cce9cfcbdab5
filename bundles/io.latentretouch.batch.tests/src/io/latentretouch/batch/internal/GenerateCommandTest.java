package io.latentretouch.batch.internal;

import static io.latentretouch.imaging.testing.Tools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.testing.TinyFolderModel;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.testing.RealWorld;

/** {@code generate} on a tiny diffusers folder of the real signatures: frames saved, labelled and numbered by seed. */
class GenerateCommandTest {

    @RegisterExtension
    static final TinyFolderModel MODEL = new TinyFolderModel("tinygenerate");

    @TempDir
    Path dir;

    @Test
    void framesAreSavedOnePerSeedWithTheirPromptAndLabel() throws Exception {
        Path recipe = Files.writeString(dir.resolve("small.json"), """
                {"format": "latent-retouch-recipe", "version": 3, "name": "small look", "steps": [{"op": "imperfection", "level": 2}],
                 "generation": {"prompt": "{prompt}, studio", "sampler": "Euler", "steps": 3, "guidance": 4,
                                "size": {"width": 64, "height": 96}, "seed": {"policy": "fixed", "value": 40}}}
                """);
        Path out = dir.resolve("frames");
        Headless.Result r = Headless.run("generate", "--recipe", recipe.toString(), "--prompt", "a silk dress", "--count", "2",
                "--out", out.toString());
        assertEquals(0, r.code(), r.text());
        assertTrue(r.text().contains("frame 1: ...\n"), "a dot per step: " + r.text());
        assertTrue(r.text().contains("frame 2 of 2: seed 41"), "the recipe's fixed seed, then the next: " + r.text());
        Path first = out.resolve("small-look-40.png");
        assertEquals("trainedAlgorithmicMedia", run("exiftool", "-s3", "-n", "-XMP-iptcExt:DigitalSourceType", first.toString())
                .replaceAll(".*/", ""));
        assertEquals("a silk dress, studio", run("exiftool", "-s3", "-XMP-iptcExt:AIPromptInformation", first.toString()));
        assertEquals("64x96", run("exiftool", "-s3", "-ImageSize", first.toString()));
        assertTrue(Files.exists(out.resolve("small-look-40-labelled.png")), "the EU's visible label, by default");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(8, files.count(), "two frames, their labelled copies and four sidecars");
        }
        Headless.Result again = Headless.run("generate", "--recipe", recipe.toString(), "--prompt", "a silk dress", "--markets", "FRANCE",
                "--out", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.text());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(ImageFiles.read(first).pixels().plane(c), ImageFiles.read(dir.resolve("again/small-look-40.png")).pixels().plane(c),
                    "the same seed, the same frame");
        }
    }

    @Test
    void imageToImageSavesBesideTheStartImageAndLeavesItAlone() throws Exception {
        Path photo = Files.copy(RealWorld.photo("astronaut.png"), dir.resolve("astronaut.png"));
        byte[] before = Files.readAllBytes(photo);
        Headless.Result r = Headless.run("generate", "--recipe", "editorial natural", "--prompt", "an astronaut", "--seed", "3",
                "--init", photo.toString(), "--strength", "0.5");
        assertEquals(0, r.code(), r.text());
        Path frame = dir.resolve("astronaut.variants/astronaut-editorial-natural-3.png");
        assertTrue(Files.exists(frame), r.text());
        assertEquals("astronaut.png", run("exiftool", "-s3", "-XMP-xmpMM:DerivedFromFilePath", frame.toString()));
        assertArrayEquals(before, Files.readAllBytes(photo), "the start image is only read");
    }

    @Test
    void badCommandLinesExitTwoSayingWhy() throws Exception {
        for (List<String> args : List.of(List.of("generate", "--prompt", "x"), List.of("generate", "--recipe", "editorial natural"),
                List.of("generate", "--recipe", "editorial natural", "--prompt", "x", "--strength", "1.5"),
                List.of("generate", "--recipe", "editorial natural", "--prompt", "x", "--count", "two"),
                List.of("generate", "--recipe", "editorial natural", "--prompt", "x", "--init", dir.resolve("none.png").toString()))) {
            Headless.Result r = Headless.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.text());
            assertTrue(r.text().startsWith("generate: ") && !r.text().contains("Exception"), r.text());
        }
    }
}
