package io.latentretouch.imaging.io.metadata;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.imaging.Imaging;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.XMPUtils;
import com.adobe.internal.xmp.options.SerializeOptions;

import io.latentretouch.imaging.io.internal.Format;
import io.latentretouch.imaging.io.internal.Orientation;

/** XMP packets with the reference implementation (xmpcore): parse, serialise, merge, and our namespaces registered. */
public final class XmpPackets {

    /** IPTC Photo Metadata extension schema (Digital Source Type, the 2025.1 AI fields). */
    public static final String IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    /** Latent Retouch's own schema: recipe, models, seed, disclosure. */
    public static final String LR = "http://latentretouch.io/xmp/1.0/";

    static {
        try {
            XMPMetaFactory.getSchemaRegistry().registerNamespace(IPTC_EXT, "Iptc4xmpExt");
            XMPMetaFactory.getSchemaRegistry().registerNamespace(LR, "lr");
        } catch (XMPException e) {
            throw new IllegalStateException("Cannot register the XMP namespaces", e);
        }
    }

    private XmpPackets() {
    }

    public static XMPMeta empty() {
        return XMPMetaFactory.create();
    }

    /**
     * The XMP packet embedded in an image file (JPEG, PNG, TIFF, GIF, PSD…), or an empty packet when it has none or one
     * that neither Commons Imaging nor the XMP parser can read: such a packet says nothing we could use.
     */
    public static XMPMeta embedded(Path image) {
        try {
            String xml = Imaging.getXmpXml(image.toFile());
            if (xml == null && Format.byName(image.getFileName().toString()) == Format.JPEG) {
                xml = JpegMetadata.misheadedXmp(Orientation.head(image));
            }
            return xml == null ? empty() : parse(xml);
        } catch (IOException | XMPException | RuntimeException e) {
            return empty();
        }
    }

    /** @throws XMPException when the packet is not valid XMP */
    public static XMPMeta parse(String packet) throws XMPException {
        return XMPMetaFactory.parseFromString(packet);
    }

    /** A packet with the standard wrapper and padding, so other tools can edit it in place. */
    public static String serialize(XMPMeta meta) throws XMPException {
        return XMPMetaFactory.serializeToString(meta, new SerializeOptions().setUseCompactFormat(true).setPadding(2048));
    }

    /**
     * Copies every property of {@code ours} onto {@code base}, replacing the values we own and leaving every other
     * property of {@code base} as it was: a Lightroom rating or a photographer's caption survive.
     */
    public static XMPMeta merge(XMPMeta base, XMPMeta ours) throws XMPException {
        XMPMeta merged = (XMPMeta) base.clone();
        XMPUtils.appendProperties(ours, merged, true, true, false);
        return merged;
    }
}
