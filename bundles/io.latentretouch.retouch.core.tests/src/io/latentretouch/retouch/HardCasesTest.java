package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;

/**
 * Issue 9's bad input, on real photographs: a face in near profile behind glasses, a face cut by the frame's edge, a
 * painting, a cat, a baboon, a cup of coffee. Whatever the detector makes of them, the skin map is a mask, level 1
 * runs, and nothing outside the skin changes; without a face the result says so.
 */
class HardCasesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"left06.jpg", "astronaut-cut", "starry_night.jpg", "chelsea.png", "baboon.jpg", "coffee.png"})
    void noCrashASensibleMaskAndNothingOutsideTheSkinChanges(String name) throws Exception {
        PlanarImage photo = name.equals("astronaut-cut")
                ? RealWorld.read("astronaut.png").crop(new Region(0, 0, 215, 512)) // the face cut in half by the right edge
                : RealWorld.read(name);
        SkinMap map = Samples.map(photo);
        for (float v : map.skin().values()) {
            assertTrue(v >= 0 && v <= 1, "mask value " + v);
        }
        Retouched r = Samples.retoucher().apply(photo, new Recipe("cover", "", List.of(new Step.Imperfection(1))), RetouchMasks.of(map), 4,
                RunMonitor.NONE);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < map.skin().values().length; i++) {
                if (map.skin().values()[i] == 0) {
                    assertEquals(Float.floatToIntBits(photo.plane(c)[i]), Float.floatToIntBits(r.image().plane(c)[i]), "pixel " + i);
                }
            }
        }
        boolean saysNoFace = r.notes().stream().anyMatch(n -> n.startsWith("No face was found"));
        assertEquals(map.faces().isEmpty() && map.skin().coverage() > 0, saysNoFace, r.notes().toString());
        System.out.printf("%s: %d face(s), skin %.1f %% of the frame, %d blemishes%n", name, map.faces().size(), 100 * map.skin().coverage(),
                r.blemishes());
    }
}
