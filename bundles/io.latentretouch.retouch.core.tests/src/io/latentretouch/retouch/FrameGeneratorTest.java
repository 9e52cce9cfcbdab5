package io.latentretouch.retouch;

import static io.latentretouch.imaging.testing.Tools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.testing.TinyDiffusion.Export;
import io.latentretouch.diffusion.testing.TinyFolderModel;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.metadata.DigitalSourceType;
import io.latentretouch.imaging.io.metadata.DisclosurePolicy;
import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.testing.Services;

/**
 * Frames from a recipe's generation section on a tiny diffusers folder of the real signatures, finished by the recipe's
 * steps and saved with their disclosure, which exiftool reads back.
 */
class FrameGeneratorTest {

    @RegisterExtension
    static final TinyFolderModel FOLDER = new TinyFolderModel("tinyframe");
    @RegisterExtension
    static final TinyFolderModel LIGHTING = new TinyFolderModel("tinylight", Export.LIGHT_FC, Map.of(FrameGenerator.ADAPTER, "lighting"));
    private static final String MODEL = FOLDER.id();
    private static final String LIGHT = LIGHTING.id();
    private static final GenerationSettings SETTINGS = new GenerationSettings("", "{prompt}, studio photograph", "blurry",
            Sampler.DDIM, 4, 3, 100, 64, GenerationSettings.SeedPolicy.RANDOM, 0, "", 0.8);

    @TempDir
    Path dir;

    @Test
    void aFrameIsGeneratedAtTheRecipesSizeRoundedAndTheSameSeedGivesTheSamePixels() throws Exception {
        Recipe recipe = new Recipe("flat", "", List.of(), SETTINGS);
        Frame a = generator().generate(FrameRequest.of(recipe, "a linen shirt", 9), GenerationMonitor.NONE);
        Frame b = generator().generate(FrameRequest.of(recipe, "a linen shirt", 9), GenerationMonitor.NONE);
        Frame other = generator().generate(FrameRequest.of(recipe, "a linen shirt", 10), GenerationMonitor.NONE);
        assertEquals(104, a.result().image().width(), "100 rounds to 104");
        assertEquals(64, a.result().image().height());
        assertTrue(a.result().notes().contains("The size 100×64 was rounded to 104×64 (the model works in blocks of 8 pixels)"),
                a.result().notes().toString());
        assertArrayEquals(a.result().image().plane(1), b.result().image().plane(1));
        assertFalse(Arrays.equals(a.result().image().plane(1), other.result().image().plane(1)));
        assertEquals("a linen shirt, studio photograph", a.prompt());
        assertEquals(MODEL, a.recipe().generation().model(), "the model that ran is recorded");
        assertEquals(Edit.Kind.TRAINED_WHOLE, a.result().edits().get(0).kind());
        assertTrue(a.result().models().stream().anyMatch(m -> m.id().equals(MODEL + "/unet") && m.sha256().length() == 64));
    }

    @Test
    void theRecipesStepsFinishTheFrame() throws Exception {
        Recipe bare = new Recipe("bare", "", List.of(), SETTINGS);
        Recipe pressed = new Recipe("pressed", "", List.of(new Step.Fabric(1, FabricRegion.WHOLE_IMAGE)), SETTINGS);
        Frame a = generator().generate(FrameRequest.of(bare, "a linen shirt", 3), GenerationMonitor.NONE);
        Frame b = generator().generate(FrameRequest.of(pressed, "a linen shirt", 3), GenerationMonitor.NONE);
        assertFalse(Arrays.equals(a.result().image().plane(0), b.result().image().plane(0)), "the fabric step changed nothing");
        assertTrue(b.result().edits().size() > a.result().edits().size(), b.result().edits().toString());
    }

    @Test
    void aPromptOverTheTokenLimitIsCutAndTheResultSaysSo() throws Exception {
        Frame f = generator().generate(FrameRequest.of(new Recipe("r", "", List.of(), SETTINGS), "a ".repeat(90), 1),
                GenerationMonitor.NONE);
        assertTrue(f.result().notes().stream().anyMatch(n -> n.startsWith("The prompt has ") && n.contains(" tokens; the model reads the first 75 and the rest is left out")),
                f.result().notes().toString());
    }

    @Test
    void aLightingAdapterRelightsInsteadOfTheAnalyticStep() throws Exception {
        assertEquals(List.of(LIGHT), generator().lightingAdapters().stream().map(ModelDescriptor::id).toList());
        assertTrue(generator().models().stream().noneMatch(m -> m.id().equals(LIGHT)), "an adapter is no generation model");
        List<Step> steps = List.of(new Step.Lighting(0.3, 0.5, 180));
        Frame analytic = generator().generate(FrameRequest.of(new Recipe("r", "", steps, SETTINGS.withModel(MODEL)), "a coat", 2),
                GenerationMonitor.NONE);
        Frame adapted = generator().generate(FrameRequest.of(new Recipe("r", "", steps, SETTINGS.withModel(MODEL).withLighting(LIGHT, 0.8)),
                "a coat", 2), GenerationMonitor.NONE);
        assertTrue(analytic.result().notes().contains("Lighting: the embedded analytic lighting step (no lighting adapter is chosen)"));
        assertTrue(adapted.result().notes().stream().anyMatch(n -> n.contains("the lighting adapter " + LIGHT)), adapted.result().notes().toString());
        assertTrue(adapted.result().edits().stream().anyMatch(e -> e.operation().startsWith("relighting by " + LIGHT + ": light from the left")),
                adapted.result().edits().toString());
        assertTrue(adapted.result().models().stream().anyMatch(m -> m.id().equals(LIGHT + "/unet")));
    }

    @Test
    void aModelThatIsNotInstalledIsNamedWithTheInstalledOnes() {
        Recipe recipe = new Recipe("r", "", List.of(), SETTINGS.withModel("sdxl-base"));
        DiffusionException e = assertThrows(DiffusionException.class,
                () -> generator().generate(FrameRequest.of(recipe, "a coat", 1), GenerationMonitor.NONE));
        assertEquals(DiffusionException.Code.UNSUPPORTED, e.code());
        assertTrue(e.getMessage().contains("'sdxl-base', which is not installed") && e.getMessage().contains(MODEL), e.getMessage());
    }

    @Test
    void aSavedFrameIsDisclosedAsCreatedByATrainedModelWithItsPrompt() throws Exception {
        Frame f = generator().generate(FrameRequest.of(new Recipe("brand look", "", List.of(), SETTINGS), "a wool coat", 21),
                GenerationMonitor.NONE);
        SavedVariant saved = FrameFiles.save(f, dir, Set.of(Market.EU), null);
        assertEquals("brand-look-21.png", saved.file().getFileName().toString());
        String file = saved.file().toString();
        assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri(), run("exiftool", "-s3", "-XMP-iptcExt:DigitalSourceType", file));
        assertEquals("a wool coat, studio photograph", run("exiftool", "-s3", "-XMP-iptcExt:AIPromptInformation", file));
        assertEquals("created", run("exiftool", "-s3", "-XMP-xmpMM:HistoryAction", file));
        assertEquals("", run("exiftool", "-s3", "-XMP-xmpMM:DerivedFromDocumentID", file), "a frame from a prompt derives from nothing");
        assertEquals(run("exiftool", "-s3", "-XMP-xmpMM:DocumentID", file), run("exiftool", "-s3", "-XMP-xmpMM:OriginalDocumentID", file));
        assertEquals("21", run("exiftool", "-s3", "-XMP:Seed", file));
        assertEquals("", run("exiftool", "-s3", "-Warning", file), "the XMP comes before the image data, as its specification asks");
        assertTrue(Files.exists(saved.labelled()), "the EU's visible label for a generated person");
        assertEquals(DisclosurePolicy.EU_GENERATED_LABEL, run("exiftool", "-s3", "-XMP:DisclosureLabels", file));
        assertTrue(Files.exists(Path.of(file + ".xmp")), "the sidecar");
        assertEquals(104, ImageFiles.read(saved.file()).pixels().width());

        Frame back = FrameFiles.read(saved.file());
        assertEquals(f.prompt(), back.prompt());
        assertEquals(f.seed(), back.seed());
        assertEquals(f.recipe(), back.recipe(), "the recipe as it ran, its generation section included");
        assertEquals(f.result().edits(), back.result().edits());
        assertEquals(f.result().models(), back.result().models());
        SavedVariant published = FrameFiles.publish(saved, dir.resolve("applied"));
        assertArrayEquals(Files.readAllBytes(saved.file()), Files.readAllBytes(published.file()));
        assertTrue(Files.exists(published.labelled()) && Files.exists(Sidecars.of(published.file())), published.toString());
        assertEquals("brand-look-21-2.png", FrameFiles.publish(saved, dir.resolve("applied")).file().getFileName().toString(),
                "a second Apply never replaces the first");
    }

    @Test
    void aFrameFromARealPhotoIsDerivedFromIt() throws Exception {
        Path photo = RealWorld.photo("astronaut.png");
        PlanarImage start = ImageFiles.read(photo).pixels();
        Frame f = generator().generate(new FrameRequest(new Recipe("restyle", "", List.of(), SETTINGS.withSize(128, 128)), "an astronaut",
                5, start, 0.6), GenerationMonitor.NONE);
        assertEquals(128, f.result().image().width(), "the 512-pixel photo fitted to the recipe's 128");
        assertTrue(f.result().notes().contains("The start image, 512×512, was scaled to 128×128 to generate"), f.result().notes().toString());
        assertTrue(f.result().edits().get(0).operation().startsWith("image to image (strength 0.60)"), f.result().edits().toString());
        SavedVariant saved = FrameFiles.save(f, dir, Set.of(), photo);
        String file = saved.file().toString();
        assertEquals("astronaut-restyle-5.png", saved.file().getFileName().toString());
        assertEquals("derived", run("exiftool", "-s3", "-XMP-xmpMM:HistoryAction", file));
        assertEquals("astronaut.png", run("exiftool", "-s3", "-XMP-xmpMM:DerivedFromFilePath", file));
        assertEquals(Variants.sha256(photo), run("exiftool", "-s3", "-XMP:SourceSHA256", file));
        assertEquals(null, saved.labelled(), "no market chosen, no label");
    }

    private static FrameGenerator generator() throws Exception {
        return Services.await(FrameGenerator.class);
    }
}
