package io.latentretouch.imaging.io.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.StandardProfile;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;

/** The provenance we write with xmpcore is read back by Commons Imaging, and by exiftool where it is installed. */
class ProvenanceTest {

    @TempDir
    Path dir;

    static Provenance provenance(Edit.Kind kind) {
        return new Provenance("look-07.jpg", "xmp.did:sha256:0a1b", "0a1b".repeat(16), "e-commerce clean",
                "{\"version\":1,\"steps\":[{\"op\":\"imperfection\",\"level\":1.0}]}",
                List.of(new ModelUse("lr.skin-detail", "1.0.0", "ab".repeat(32)), new ModelUse("lr.inpaint-fill", "1.0.0", "cd".repeat(32))),
                424242L, List.of(new Edit(kind, "imperfection level 1.0")), null, "Latent Retouch 0.1.0", Instant.parse("2026-11-28T06:00:00Z"));
    }

    private Path write(OutputFormat format, XMPMeta xmp) throws Exception {
        PlanarImage pixels = PlanarImage.create(32, 24, 3);
        pixels.fill(0.4f);
        Path file = dir.resolve("variant." + format.extension());
        ImageFiles.write(new ImageDocument(pixels, StandardProfile.SRGB.iccBytes(), 16, "png", null), file,
                WriteOptions.of(format).withXmp(XmpPackets.serialize(xmp)));
        return file;
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatCarriesTheLabelAndTheRecipeForASecondReader(OutputFormat format) throws Exception {
        Path file = write(format, ProvenanceXmp.of(provenance(Edit.Kind.TRAINED_REGION)));
        String xml = Imaging.getXmpXml(file.toFile());
        assertNotNull(xml, "Commons Imaging finds the XMP in the " + format);
        XMPMeta back = XmpPackets.parse(xml);
        assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, ProvenanceXmp.sourceType(back));
        ProvenanceXmp.Regeneration r = ProvenanceXmp.regeneration(back);
        assertEquals(424242L, r.seed());
        assertEquals("e-commerce clean", r.recipeName());
        assertEquals(provenance(Edit.Kind.TRAINED_REGION).recipe(), r.recipe());
        assertEquals(provenance(Edit.Kind.TRAINED_REGION).models(), r.models());
        assertEquals("Latent Retouch", back.getPropertyString(XmpPackets.IPTC_EXT, "AISystemUsed"));
        assertEquals("xmp.did:sha256:0a1b", back.getPropertyString(com.adobe.internal.xmp.XMPConst.NS_XMP_MM, "DerivedFrom/stRef:documentID"));
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void exiftoolReadsTheDigitalSourceType(OutputFormat format) throws Exception {
        assumeTrue(System.getenv("CI") != null || Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool is not installed");
        Path file = write(format, ProvenanceXmp.of(provenance(Edit.Kind.ALGORITHMIC)));
        assertEquals(DigitalSourceType.ALGORITHMICALLY_ENHANCED.uri(), exiftool(file, "-XMP-iptcExt:DigitalSourceType"));
        assertEquals("0.1.0", exiftool(file, "-XMP-iptcExt:AISystemVersionUsed"));
    }

    @Test
    void theMostGenerativeEditDecidesTheSourceType() {
        assertEquals(DigitalSourceType.DIGITAL_CAPTURE, DigitalSourceType.after(List.of()));
        assertEquals(DigitalSourceType.HUMAN_EDITS, DigitalSourceType.after(List.of(new Edit(Edit.Kind.MANUAL, "mask"))));
        assertEquals(DigitalSourceType.ALGORITHMICALLY_ENHANCED,
                DigitalSourceType.after(List.of(new Edit(Edit.Kind.MANUAL, "mask"), new Edit(Edit.Kind.ALGORITHMIC, "skin"))));
        assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
                DigitalSourceType.after(List.of(new Edit(Edit.Kind.TRAINED_REGION, "lama"), new Edit(Edit.Kind.ALGORITHMIC, "skin"))));
        assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
                DigitalSourceType.after(List.of(new Edit(Edit.Kind.TRAINED_WHOLE, "txt2img"), new Edit(Edit.Kind.TRAINED_REGION, "lama"))));
    }

    private static String exiftool(Path file, String tag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/exiftool", "-s", "-s", "-s", tag, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
