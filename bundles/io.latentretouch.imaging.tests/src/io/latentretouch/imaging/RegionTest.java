package io.latentretouch.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void intersectUnionAndExpand() {
        Region a = new Region(10, 10, 20, 10);
        Region b = new Region(25, 0, 10, 15);
        assertEquals(new Region(25, 10, 5, 5), a.intersect(b));
        assertEquals(new Region(10, 0, 25, 20), a.union(b));
        assertTrue(a.intersect(new Region(100, 100, 5, 5)).isEmpty());
        assertEquals(new Region(8, 8, 24, 14), a.expand(2));
        assertEquals(b, new Region(0, 0, 0, 0).union(b));
    }

    @Test
    void refusesNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Region(0, 0, -1, 3));
    }
}
