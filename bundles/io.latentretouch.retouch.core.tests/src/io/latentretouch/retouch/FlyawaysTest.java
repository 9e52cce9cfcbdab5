package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 11: on a real portrait (astronaut.png) with a hair strand painted from the hair out across the backdrop, the
 * Flyaways mask finds the strand, finds nothing there on the unpainted photo, finds elsewhere what it found before
 * (the hair's own wisps at its crown), nothing in the face; a lower strength reaches less far, strength 0 nowhere.
 */
public class FlyawaysTest {

    private static final float[] HAIR = {0.35f, 0.27f, 0.17f};

    @Test
    void aStrandPaintedAcrossTheBackdropIsFoundAndNothingElseChanges() throws Exception {
        PlanarImage original = RealWorld.read("astronaut.png");
        PlanarImage photo = original.copy();
        float[] strand = paintStrand(photo);
        List<Face> faces = Samples.retoucher().faces(photo, RunMonitor.NONE);
        assertEquals(1, faces.size());
        RegionFill fill = Services.await(RegionFill.class);
        Mask found = fill.flyaways(photo, faces, 1, RunMonitor.NONE);
        Mask before = fill.flyaways(original, faces, 1, RunMonitor.NONE);
        int[] painted = count(found, strand);
        int[] unpainted = count(before, strand);
        System.out.printf("flyaways: %d of %d strand pixels (%d before it was painted); elsewhere %d (%d before)%n", painted[0], painted[1],
                unpainted[0], painted[2], unpainted[2]);
        assertTrue(painted[0] >= 0.75 * painted[1], "the strand is found: " + painted[0] + " of " + painted[1]);
        assertTrue(unpainted[0] <= 0.1 * painted[1], "where there was none, none is found: " + unpainted[0]);
        assertTrue(Math.abs(painted[2] - unpainted[2]) <= 0.25 * painted[1],
                "elsewhere (the hair's own wisps at its outline) the same as before: " + painted[2] + " against " + unpainted[2]);
        Face f = faces.get(0);
        for (int y = (int) f.y(); y < f.y() + f.height(); y++) {
            for (int x = (int) f.x(); x < f.x() + f.width(); x++) {
                assertEquals(0f, found.get(x, y), "nothing in the face at " + x + "," + y);
            }
        }
        int[] shortReach = count(fill.flyaways(photo, faces, 0.2, RunMonitor.NONE), strand);
        assertTrue(shortReach[0] < painted[0], "a lower strength reaches less far from the hair: " + shortReach[0] + " against " + painted[0]);
        assertTrue(fill.flyaways(photo, faces, 0, RunMonitor.NONE).isEmpty(), "strength 0 removes nothing");
    }

    /** Strand pixels found, strand pixels, found pixels farther than 3 px from the strand. */
    public static int[] count(Mask found, float[] strand) {
        int[] n = new int[3];
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                int i = y * 512 + x;
                if (strand[i] > 0.5f) {
                    n[1]++;
                    n[0] += found.values()[i] > 0 ? 1 : 0;
                } else if (found.values()[i] > 0 && !nearStrand(strand, x, y, 3)) {
                    n[2]++;
                }
            }
        }
        return n;
    }

    /** A thin strand of the hair's colour, curving up and out from the hair's right side; its coverage per pixel. */
    public static float[] paintStrand(PlanarImage photo) {
        float[] cover = new float[512 * 512];
        for (double t = 0; t <= 1; t += 0.001) {
            double cx = 300 + 45 * t;
            double cy = 75 - 25 * t - 6 * Math.sin(3 * t);
            for (int y = (int) cy - 1; y <= cy + 1; y++) {
                for (int x = (int) cx - 1; x <= cx + 1; x++) {
                    cover[y * 512 + x] = (float) Math.max(cover[y * 512 + x], 1 - Math.hypot(x - cx, y - cy));
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < cover.length; i++) {
                float a = 0.85f * cover[i];
                photo.plane(c)[i] = photo.plane(c)[i] * (1 - a) + HAIR[c] * a;
            }
        }
        return cover;
    }

    private static boolean nearStrand(float[] strand, int x, int y, int r) {
        for (int yy = Math.max(0, y - r); yy <= Math.min(511, y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx <= Math.min(511, x + r); xx++) {
                if (strand[yy * 512 + xx] > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
