package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticSkin;

/** Issue 9's table ({@link RealPortraitTest}) on the synthetic shoot's four skin tones, at the shoot's own size. */
class SyntheticTableTest {

    private static final int SIZE = 512;
    private static final List<FaceMeasures.Result[]> TONES = new ArrayList<>();

    @BeforeAll
    static void measure() throws Exception {
        for (int t = 0; t < SyntheticSkin.TONES.length; t++) {
            SkinSample s = SyntheticSkin.portrait(SIZE, SyntheticSkin.TONES[t], 10, 1000 + t);
            SkinMap map = Samples.map(s.image());
            assertEquals(1, map.faces().size(), "tone " + t + ": " + map.faces());
            FaceMeasures.Result[] rows = new FaceMeasures.Result[3];
            for (int l = 1; l <= 5; l += 2) {
                rows[l / 2] = FaceMeasures.of(s.image(), Samples.at(s.image(), map, l, 3), map.faces().get(0));
                System.out.printf("tone %d level %d: feature detail %.3f … %.3f, pore texture %.3f%n", t, l, rows[l / 2].worstFeature(),
                        rows[l / 2].bestFeature(), rows[l / 2].pores());
            }
            TONES.add(rows);
        }
    }

    @Test
    void everyToneMeetsTheTable() {
        for (FaceMeasures.Result[] r : TONES) {
            assertTrue(r[0].worstFeature() >= 0.8 && r[0].pores() >= 0.05 && r[0].pores() <= 0.35, "level 1: " + r[0]);
            assertEquals(1, r[1].worstFeature(), 0.02);
            assertEquals(1, r[1].pores(), 0.05);
            assertTrue(r[2].worstFeature() >= 0.9 && r[2].bestFeature() <= 1.3 && r[2].pores() >= 1.5 && r[2].pores() <= 3, "level 5: " + r[2]);
        }
    }

    @Test
    void theRawLookIsAlikeOnEveryTone() {
        double least = TONES.stream().mapToDouble(r -> r[2].pores()).min().orElseThrow();
        double most = TONES.stream().mapToDouble(r -> r[2].pores()).max().orElseThrow();
        assertTrue(most <= 1.15 * least, "pore texture at level 5 from " + least + " to " + most);
    }
}
