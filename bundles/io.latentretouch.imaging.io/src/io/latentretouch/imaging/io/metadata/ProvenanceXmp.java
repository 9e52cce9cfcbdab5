package io.latentretouch.imaging.io.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.options.PropertyOptions;

/**
 * Writes and reads the provenance of an output as XMP: the IPTC Digital Source Type and AI fields that label it, the
 * xmpMM record of what it derives from and how, and our own record of recipe, models and seed.
 */
public final class ProvenanceXmp {

    private static final String MM = XMPConst.NS_XMP_MM;
    private static final String EXT = XmpPackets.IPTC_EXT;
    private static final String LR = XmpPackets.LR;

    private ProvenanceXmp() {
    }

    /**
     * The XMP of an output made as {@code p} says: derived from its source, or, for an image generated without one,
     * created (its history's action {@code created}, no {@code DerivedFrom}, its own original).
     */
    public static XMPMeta of(Provenance p) throws XMPException {
        XMPMeta m = XmpPackets.empty();
        m.setProperty(EXT, "DigitalSourceType", p.sourceType().uri());
        m.setProperty(EXT, "AISystemUsed", p.software().replaceAll(" [0-9].*$", ""));
        m.setProperty(EXT, "AISystemVersionUsed", p.software().replaceAll("^.* ", ""));
        if (p.prompt() != null) {
            m.setProperty(EXT, "AIPromptInformation", p.prompt());
        }
        String instance = "xmp.iid:" + UUID.randomUUID();
        String document = "xmp.did:" + UUID.randomUUID();
        m.setProperty(MM, "DocumentID", document);
        m.setProperty(MM, "InstanceID", instance);
        // a generated image with no source is its own original
        m.setProperty(MM, "OriginalDocumentID", p.derived() ? p.sourceDocumentId() : document);
        if (p.derived()) {
            m.setStructField(MM, "DerivedFrom", XMPConst.TYPE_RESOURCEREF, "documentID", p.sourceDocumentId());
            m.setStructField(MM, "DerivedFrom", XMPConst.TYPE_RESOURCEREF, "filePath", p.sourceFile());
        }
        m.appendArrayItem(MM, "History", new PropertyOptions().setArrayOrdered(true), null, new PropertyOptions().setStruct(true));
        String event = "History[last()]";
        m.setStructField(MM, event, XMPConst.TYPE_RESOURCEEVENT, "action", p.derived() ? "derived" : "created");
        m.setStructField(MM, event, XMPConst.TYPE_RESOURCEEVENT, "parameters", "recipe " + p.recipeName() + ", seed " + p.seed());
        m.setStructField(MM, event, XMPConst.TYPE_RESOURCEEVENT, "softwareAgent", p.software());
        m.setStructField(MM, event, XMPConst.TYPE_RESOURCEEVENT, "instanceID", instance);
        m.setStructField(MM, event, XMPConst.TYPE_RESOURCEEVENT, "when", p.when().toString());
        if (p.derived()) {
            m.setProperty(LR, "SourceFile", p.sourceFile());
            m.setProperty(LR, "SourceSHA256", p.sourceSha256());
        }
        m.setProperty(LR, "RecipeName", p.recipeName());
        m.setProperty(LR, "Recipe", p.recipe());
        m.setPropertyLong(LR, "Seed", p.seed());
        for (ModelUse model : p.models()) {
            m.appendArrayItem(LR, "Models", new PropertyOptions().setArrayOrdered(true), null, new PropertyOptions().setStruct(true));
            m.setStructField(LR, "Models[last()]", LR, "id", model.id());
            m.setStructField(LR, "Models[last()]", LR, "version", model.version());
            m.setStructField(LR, "Models[last()]", LR, "sha256", model.sha256());
        }
        for (Edit e : p.edits()) {
            m.appendArrayItem(LR, "Edits", new PropertyOptions().setArrayOrdered(true), e.kind().name().toLowerCase() + ": " + e.operation(), null);
        }
        return m;
    }

    /**
     * Records the catalog's key of a variant (its idempotency key, the SHA-256 of source, recipe, seed, models, mask and
     * format), so that a catalog rebuilt from the files knows it again. @since 1.2
     */
    public static void recordVariantKey(XMPMeta m, String key) throws XMPException {
        m.setProperty(LR, "VariantKey", key);
    }

    /** The variant key a packet records, or null (a variant saved outside the catalog). @since 1.2 */
    public static String variantKey(XMPMeta m) throws XMPException {
        return m.getPropertyString(LR, "VariantKey");
    }

    /** The prompt a packet records ({@code Iptc4xmpExt:AIPromptInformation}), or null. @since 1.3 */
    public static String prompt(XMPMeta m) throws XMPException {
        return m.getPropertyString(EXT, "AIPromptInformation");
    }

    /** The edits a packet records ({@code lr:Edits}), in order; those of a kind this version does not know are left out. @since 1.3 */
    public static List<Edit> edits(XMPMeta m) throws XMPException {
        List<Edit> edits = new ArrayList<>();
        for (int i = 1; i <= m.countArrayItems(LR, "Edits"); i++) {
            String item = m.getArrayItem(LR, "Edits", i).getValue();
            int colon = item.indexOf(": ");
            for (Edit.Kind kind : Edit.Kind.values()) {
                if (colon > 0 && item.substring(0, colon).equals(kind.name().toLowerCase())) {
                    edits.add(new Edit(kind, item.substring(colon + 2)));
                }
            }
        }
        return edits;
    }

    /** The digital source type a packet declares, or null. */
    public static DigitalSourceType sourceType(XMPMeta m) throws XMPException {
        return DigitalSourceType.ofUri(m.getPropertyString(EXT, "DigitalSourceType"));
    }

    /** The recipe (JSON), seed and models recorded in a packet: what regenerating the variant needs. */
    public static Regeneration regeneration(XMPMeta m) throws XMPException {
        List<ModelUse> models = new ArrayList<>();
        for (int i = 1; i <= m.countArrayItems(LR, "Models"); i++) {
            String item = "Models[" + i + "]";
            models.add(new ModelUse(m.getStructField(LR, item, LR, "id").getValue(), m.getStructField(LR, item, LR, "version").getValue(),
                    m.getStructField(LR, item, LR, "sha256").getValue()));
        }
        return new Regeneration(m.getPropertyString(LR, "RecipeName"), m.getPropertyString(LR, "Recipe"),
                m.getPropertyLong(LR, "Seed"), m.getPropertyString(LR, "SourceSHA256"), models);
    }

    /** What a variant's XMP says is needed to make it again. */
    public record Regeneration(String recipeName, String recipe, long seed, String sourceSha256, List<ModelUse> models) {
    }
}
