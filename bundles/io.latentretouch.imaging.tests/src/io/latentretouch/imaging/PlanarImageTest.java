package io.latentretouch.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanarImageTest {

    @Test
    void cropThenPasteRestoresThePixels() {
        PlanarImage img = PlanarImage.create(7, 5, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 35; i++) {
                img.plane(c)[i] = c * 100 + i;
            }
        }
        PlanarImage crop = img.crop(new Region(2, 1, 3, 3));
        assertEquals(100 + 1 * 7 + 2, crop.get(1, 0, 0));
        PlanarImage target = PlanarImage.create(7, 5, 3);
        target.paste(crop, 2, 1);
        assertEquals(img.get(2, 4, 3), target.get(2, 4, 3));
        assertEquals(0f, target.get(0, 0, 0));
    }

    @Test
    void refusesImpossibleSizesBeforeAllocating() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanarImage.create(100_000, 100_000, 3));
        assertTrue(e.getMessage().contains("100000×100000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanarImage.create(4, 4, 3).crop(new Region(2, 2, 4, 1)));
    }

    @Test
    void maskBoundsAndCoverage() {
        Mask m = Mask.empty(10, 8);
        assertTrue(m.isEmpty());
        assertTrue(m.bounds().isEmpty());
        m.values()[3 * 10 + 4] = 1f;
        m.values()[5 * 10 + 7] = 0.5f;
        assertEquals(new Region(4, 3, 4, 3), m.bounds());
        assertEquals(1.5 / 80, m.coverage(), 1e-9);
        assertArrayEquals(m.values(), m.asImage().plane(0));
    }
}
