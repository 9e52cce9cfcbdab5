package io.latentretouch.imaging.io.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.commons.imaging.Imaging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;

class SidecarAndRewriteTest {

    @TempDir
    Path dir;

    private static final String LIGHTROOM = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
             <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
               xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/" xmp:Rating="4" crs:Exposure2012="+0.35">
              <dc:creator><rdf:Seq><rdf:li>Studio North</rdf:li></rdf:Seq></dc:creator>
             </rdf:Description></rdf:RDF></x:xmpmeta>""";

    @Test
    void mergingIntoALightroomSidecarKeepsItsFields() throws Exception {
        Path image = Files.write(dir.resolve("look-07.jpg"), new byte[] {1});
        Path lightroom = Files.writeString(dir.resolve("look-07.xmp"), LIGHTROOM);
        Sidecars.write(image, ProvenanceXmp.of(ProvenanceTest.provenance(Edit.Kind.ALGORITHMIC)));

        assertEquals(LIGHTROOM, Files.readString(lightroom), "the Lightroom sidecar itself is not touched");
        XMPMeta merged = XmpPackets.parse(Files.readString(dir.resolve("look-07.jpg.xmp")));
        assertEquals("4", merged.getPropertyString(XMPConst.NS_XMP, "Rating"), "a foreign field survives");
        assertEquals("+0.35", merged.getPropertyString("http://ns.adobe.com/camera-raw-settings/1.0/", "Exposure2012"));
        assertEquals("Studio North", merged.getArrayItem(XMPConst.NS_DC, "creator", 1).getValue());
        assertEquals(DigitalSourceType.ALGORITHMICALLY_ENHANCED, ProvenanceXmp.sourceType(merged));

        Sidecars.write(image, ProvenanceXmp.of(ProvenanceTest.provenance(Edit.Kind.TRAINED_REGION)));
        XMPMeta again = Sidecars.read(image);
        assertEquals(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, ProvenanceXmp.sourceType(again), "our fields are replaced");
        assertEquals("4", again.getPropertyString(XMPConst.NS_XMP, "Rating"));
    }

    @Test
    void aLosslessXmpRewriteKeepsTheCompressedImageAndTheExif() throws Exception {
        PlanarImage pixels = PlanarImage.create(64, 48, 3);
        pixels.fill(0.3f);
        byte[] exif = exifBlock();
        Path file = dir.resolve("v.jpg");
        ImageFiles.write(new ImageDocument(pixels, null, 8, "jpeg", null), file, WriteOptions.of(OutputFormat.JPEG).withExif(exif));
        byte[] before = Files.readAllBytes(file);
        assertArrayEquals(exif, JpegMetadata.exif(before), "the EXIF block we embedded reads back");
        String packet = XmpPackets.serialize(ProvenanceXmp.of(ProvenanceTest.provenance(Edit.Kind.ALGORITHMIC)));
        byte[] after = JpegMetadata.withXmp(before, packet);
        assertArrayEquals(scan(before), scan(after), "entropy-coded data untouched");
        assertArrayEquals(exif, JpegMetadata.exif(after));
        assertNotNull(Imaging.getXmpXml(after));
        assertTrue(Imaging.getXmpXml(after).contains("algorithmicallyEnhanced"));
    }

    /** A minimal big-endian TIFF block with one IFD holding the Make tag. */
    private static byte[] exifBlock() {
        byte[] make = "Latent Camera\0".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 2 + 12 + 4 + make.length);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) 1);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(8 + 2 + 12 + 4);
        b.putInt(0).put(make);
        return b.array();
    }

    /** From the start-of-scan marker to the end. */
    private static byte[] scan(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xDA) {
                return Arrays.copyOfRange(jpeg, i, jpeg.length);
            }
        }
        throw new AssertionError("no SOS marker");
    }
}
