package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.io.metadata.DigitalSourceType;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.XmpPackets;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;

/** Variants beside the original, with what regenerates them; the original only read; failures lose nothing. */
class VariantsTest {

    @TempDir
    Path dir;

    private Path original() throws Exception {
        Path file = dir.resolve("look-07.jpg");
        ImageFiles.write(new ImageDocument(Samples.portrait(2, 4).image(), null, 8, "jpeg", null), file, WriteOptions.of(OutputFormat.JPEG));
        return file;
    }

    @Test
    void aVariantIsSavedBesideTheOriginalWithItsRecipeAndLabel() throws Exception {
        Path original = original();
        byte[] before = Files.readAllBytes(original);
        ImageDocument doc = ImageFiles.read(original);
        Recipe recipe = Recipes.shipped().get(0);
        Retouched result = Samples.retoucher().apply(doc.pixels(), recipe, RetouchMasks.of(Samples.map(doc.pixels())), 77, RunMonitor.NONE);

        Path variant = Variants.save(original, doc, result, recipe, 77, EnumSet.of(Market.EU, Market.NORWAY)).file();
        assertEquals(dir.resolve("look-07.variants/look-07-e-commerce-clean-77.jpg"), variant);
        assertArrayEquals(before, Files.readAllBytes(original), "the original is untouched");
        XMPMeta xmp = XmpPackets.parse(Imaging.getXmpXml(variant.toFile()));
        assertEquals(DigitalSourceType.ALGORITHMICALLY_ENHANCED, ProvenanceXmp.sourceType(xmp));
        ProvenanceXmp.Regeneration r = ProvenanceXmp.regeneration(xmp);
        assertEquals(77, r.seed());
        assertEquals(recipe, Recipes.read(new java.io.StringReader(r.recipe())));
        assertTrue(r.models().stream().anyMatch(m -> m.id().equals("lr.skin-detail")));
        assertEquals("Retusjert person", xmp.getArrayItem(XmpPackets.LR, "DisclosureLabels", 1).getValue());

        Path second = Variants.save(original, doc, result, recipe, 77, Set.of()).file();
        assertEquals("look-07-e-commerce-clean-77-2.jpg", second.getFileName().toString(), "an earlier variant is never replaced");
        assertFalse(Files.exists(dir.resolve("look-07.variants/look-07-e-commerce-clean-77-2-labelled.jpg")), "no market, no label");
    }

    @Test
    void aMarketThatRequiresALabelGetsAnExportCopyWithTheLabelBurnedIn() throws Exception {
        Path original = original();
        ImageDocument doc = ImageFiles.read(original);
        Recipe recipe = Recipes.shipped().get(0);
        Retouched result = Samples.retoucher().apply(doc.pixels(), recipe, RetouchMasks.of(Samples.map(doc.pixels())), 5, RunMonitor.NONE);

        SavedVariant saved = Variants.save(original, doc, result, recipe, 5, EnumSet.of(Market.NORWAY));
        Path variant = saved.file();
        Path labelled = saved.labelled();
        assertEquals("look-07-e-commerce-clean-5-labelled.jpg", labelled.getFileName().toString());
        assertTrue(Files.exists(labelled), "the export copy is beside the variant");
        assertEquals("Retusjert person", XmpPackets.parse(Imaging.getXmpXml(labelled.toFile())).getArrayItem(XmpPackets.LR, "DisclosureLabels", 1)
                .getValue(), "with the same metadata");
        PlanarImage clean = ImageFiles.read(variant).pixels();
        PlanarImage burned = ImageFiles.read(labelled).pixels();
        int w = clean.width();
        int h = clean.height();
        for (int i = 0; i < w * h / 2; i++) {
            assertEquals(clean.plane(1)[i], burned.plane(1)[i], "the upper half is the variant's, pixel " + i);
        }
        double darker = 0;
        for (int y = h - 8; y < h; y++) {
            for (int x = 0; x < 8; x++) {
                darker += clean.plane(1)[y * w + x] - burned.plane(1)[y * w + x];
            }
        }
        assertTrue(darker / 64 > 0.1, "the label's dark band is in the lower left corner: " + darker / 64);
    }

    @Test
    void cancellingMidApplyLeavesNoVariant() throws Exception {
        Path original = original();
        ImageDocument doc = ImageFiles.read(original);
        AtomicInteger polls = new AtomicInteger();
        RunMonitor cancelSoon = () -> polls.incrementAndGet() > 2;
        InferenceException e = assertThrows(InferenceException.class, () -> Samples.retoucher().apply(doc.pixels(), Recipes.shipped().get(0),
                new RetouchMasks(Mask.full(doc.pixels().width(), doc.pixels().height()), List.of(), null), 1, cancelSoon));
        assertEquals(InferenceException.Code.CANCELLED, e.code());
        assertFalse(Files.exists(Variants.folderOf(original)), "nothing was written");
    }

    @Test
    void aFolderThatCannotHoldVariantsGivesAClearMessage() throws Exception {
        Path original = original();
        Files.writeString(Variants.folderOf(original), "a file where the variants folder should be");
        ImageDocument doc = ImageFiles.read(original);
        Retouched same = new Retouched(doc.pixels(), List.of(), List.of(), 0, List.of());
        ImageIoException e = assertThrows(ImageIoException.class, () -> Variants.save(original, doc, same, Recipes.shipped().get(1), 1, Set.of()));
        assertEquals(ImageIoException.Kind.NOT_WRITABLE, e.kind());
        assertTrue(e.getMessage().contains("cannot be created to hold the variant"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the original and the blocking file");
        }
    }
}
