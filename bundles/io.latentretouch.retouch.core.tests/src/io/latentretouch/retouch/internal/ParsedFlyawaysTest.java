package io.latentretouch.retouch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.testing.Services;
import io.latentretouch.retouch.FlyawaysTest;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.Retoucher;

/**
 * Issue 11: with a face-parsing model's head as the hair mass, Flyaways takes the strands outside that mass and none
 * inside it. On astronaut.png with a strand painted from the hair out across the backdrop: a head that ends at the
 * strand's root leaves the strand to be found; a head that also covers the strand (as a parser that calls the strand
 * hair would) leaves nothing to remove there. Without a parser installed, a part mask is refused with what to install.
 */
class ParsedFlyawaysTest {

    @Test
    void theParsedHeadIsTheMassStrandsStandOutOf() throws Exception {
        PlanarImage photo = RealWorld.read("astronaut.png");
        float[] strand = FlyawaysTest.paintStrand(photo);
        List<Face> faces = Services.await(Retoucher.class).faces(photo, RunMonitor.NONE);
        assertEquals(1, faces.size());
        Face f = faces.get(0);
        double cx = f.x() + f.width() / 2;
        double cy = f.y() + f.height() / 2;
        // the strand starts at (300, 75) on the hair's edge and ends near (345, 50)
        Mask toRoot = disk(cx, cy, Math.hypot(300 - cx, 75 - cy));
        Mask overStrand = disk(cx, cy, Math.hypot(345 - cx, 50 - cy) + 12);
        int[] outside = FlyawaysTest.count(Flyaways.find(photo, faces, 1, toRoot), strand);
        int[] covered = FlyawaysTest.count(Flyaways.find(photo, faces, 1, overStrand), strand);
        System.out.printf("flyaways with a parsed head: %d of %d strand pixels beyond a head to its root, %d under a head over it%n",
                outside[0], outside[1], covered[0]);
        assertTrue(outside[0] >= 0.5 * outside[1], "beyond the head the strand is found: " + outside[0] + " of " + outside[1]);
        assertEquals(0, covered[0], "under the head nothing is a flyaway");
    }

    @Test
    void withoutAParserAPartMaskSaysWhatToInstall() throws Exception {
        RegionFill fill = Services.await(RegionFill.class);
        assertTrue(fill.parsers().isEmpty(), "no face-parsing model ships");
        InferenceException e = assertThrows(InferenceException.class,
                () -> fill.part(RealWorld.read("astronaut.png"), EnumSet.of(FacePart.HAIR), RunMonitor.NONE));
        assertEquals(InferenceException.Code.MODEL_NOT_FOUND, e.code());
        assertTrue(e.getMessage().contains("install a BiSeNet face-parsing model"), e.getMessage());
    }

    private static Mask disk(double cx, double cy, double r) {
        Mask m = Mask.empty(512, 512);
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                m.values()[y * 512 + x] = Math.hypot(x - cx, y - cy) <= r ? 1f : 0f;
            }
        }
        return m;
    }
}
