package io.latentretouch.imaging.io.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.imaging.PlanarImage;

class DisclosureTest {

    private static final DigitalSourceType ENHANCED = DigitalSourceType.ALGORITHMICALLY_ENHANCED;
    private static final DigitalSourceType COMPOSITE = DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA;

    @Test
    void eachMarketAsksForItsOwnLabel() {
        DisclosurePolicy all = new DisclosurePolicy(EnumSet.allOf(Market.class));
        assertEquals(List.of(), all.decide(new RetouchFacts(false, false, false, ENHANCED)).labels());
        assertEquals(List.of("Retusjert person"), all.decide(new RetouchFacts(false, false, true, ENHANCED)).labels(),
                "skin retouching is labelled in Norway only");
        assertEquals(List.of("Photographie retouchée", "Retusjert person"), all.decide(new RetouchFacts(true, true, false, ENHANCED)).labels());
        assertEquals(List.of(), new DisclosurePolicy(Set.of(Market.FRANCE)).decide(new RetouchFacts(false, false, true, COMPOSITE)).labels(),
                "France labels silhouettes, not skin");
    }

    @Test
    void theEuMarkingFollowsTrainedGenerationOnly() {
        DisclosurePolicy eu = new DisclosurePolicy(Set.of(Market.EU));
        assertTrue(eu.decide(new RetouchFacts(false, false, false, COMPOSITE)).aiMarking());
        assertFalse(eu.decide(new RetouchFacts(false, false, true, ENHANCED)).aiMarking(), "analytic enhancement is not AI-generated content");
        assertFalse(new DisclosurePolicy(Set.of(Market.NORWAY)).decide(new RetouchFacts(false, false, false, COMPOSITE)).aiMarking());
    }

    @Test
    void theDecisionIsRecordedInTheXmp() throws Exception {
        Disclosure d = new DisclosurePolicy(EnumSet.of(Market.NORWAY, Market.EU)).decide(new RetouchFacts(false, false, true, COMPOSITE));
        XMPMeta xmp = XmpPackets.empty();
        DisclosurePolicy.record(d, xmp);
        XMPMeta back = XmpPackets.parse(XmpPackets.serialize(xmp));
        assertEquals("Retusjert person", back.getArrayItem(XmpPackets.LR, "DisclosureLabels", 1).getValue());
        assertTrue(back.getPropertyBoolean(XmpPackets.LR, "AIMarking"));
    }

    @Test
    void theLabelIsBurnedIntoTheLowerLeftCornerOfACopyOnly() {
        PlanarImage image = PlanarImage.create(600, 400, 3);
        image.fill(0.8f);
        PlanarImage labelled = LabelBurner.burn(image, List.of(DisclosurePolicy.FRANCE_LABEL));
        assertEquals(0.8f, image.get(0, 10, 395), "the original is not changed");
        assertEquals(0.8f, labelled.get(0, 590, 10), "far from the label nothing changes");
        assertTrue(labelled.get(0, 3, 397) < 0.5f, "the band darkens the corner");
        float min = 1;
        float max = 0;
        for (int x = 0; x < 200; x++) {
            min = Math.min(min, labelled.get(1, x, 385));
            max = Math.max(max, labelled.get(1, x, 385));
        }
        assertTrue(max - min > 0.4f, "white text on the dark band");
    }
}
