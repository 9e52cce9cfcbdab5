package io.latentretouch.imaging.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.PlanarImage;

/** Conversions checked against published reference values, through profiles parsed from bytes. */
class ColorConversionTest {

    /** Linear-light matrices from each space to sRGB as published (colour-science, rounded to 4 places). */
    private static final double[] ADOBE_TO_SRGB = {1.3982, -0.3982, 0, 0, 1, 0, 0, -0.0429, 1.0429};
    private static final double[] P3_TO_SRGB = {1.2249, -0.2247, 0, -0.0420, 1.0419, 0, -0.0197, -0.0786, 1.0979};

    private static RgbColorSpace parsed(StandardProfile p) {
        return IccProfiles.parse(p.iccBytes());
    }

    @Test
    void primariesOfEachProfileLandOnThePublishedSrgbValues() {
        assertMatrix(ADOBE_TO_SRGB, parsed(StandardProfile.ADOBE_RGB).matrixTo(StandardProfile.SRGB.space()));
        assertMatrix(P3_TO_SRGB, parsed(StandardProfile.DISPLAY_P3).matrixTo(StandardProfile.SRGB.space()));
        assertMatrix(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, parsed(StandardProfile.SRGB).matrixTo(StandardProfile.SRGB.space()));
    }

    @Test
    void wideGamutColoursAreNotClipped() {
        PlanarImage green = PlanarImage.create(1, 1, 3);
        green.set(1, 0, 0, 1f);
        PlanarImage srgb = new ColorConverter(parsed(StandardProfile.ADOBE_RGB)).toSrgb(green);
        // Adobe RGB green is outside sRGB: its red and blue go negative instead of being clipped
        assertEquals(ToneCurve.encodeSrgb(-0.3982), srgb.get(0, 0, 0), 1e-3);
        assertEquals(1.0, srgb.get(1, 0, 0), 1e-3);
        assertEquals(ToneCurve.encodeSrgb(-0.0429), srgb.get(2, 0, 0), 1e-3);
    }

    @Test
    void midGreyOfAdobeRgbIsLighterInSrgbBecauseOfItsGamma() {
        PlanarImage grey = PlanarImage.create(1, 1, 3);
        grey.fill(0.5f);
        PlanarImage srgb = new ColorConverter(parsed(StandardProfile.ADOBE_RGB)).toSrgb(grey);
        double expected = ToneCurve.encodeSrgb(Math.pow(0.5, 563 / 256.0));
        for (int c = 0; c < 3; c++) {
            assertEquals(expected, srgb.get(c, 0, 0), 1e-3);
        }
        assertEquals(0.21776, new ColorConverter(parsed(StandardProfile.ADOBE_RGB)).toLinear(grey).get(1, 0, 0), 2e-5);
        assertTrue(srgb.get(1, 0, 0) > 0.5f, "lighter than 0.5");
    }

    @Test
    void theJavaRuntimesOwnSrgbProfileParsesToTheIdentity() {
        RgbColorSpace jdk = IccProfiles.parse(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        assertMatrix(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, jdk.matrixTo(StandardProfile.SRGB.space()));
        for (double v = 0; v <= 1; v += 0.05) {
            assertEquals(ToneCurve.SRGB.toLinear(v), jdk.curves()[1].toLinear(v), 2e-3, "curve at " + v);
        }
    }

    @Test
    void theScreenConversionAgreesWithTheExactOneWithinOneLevel() {
        PlanarImage img = PlanarImage.create(64, 4, 3);
        for (int i = 0; i < 256; i++) {
            for (int c = 0; c < 3; c++) {
                img.plane(c)[i] = ((i * (c + 3)) % 256) / 255f;
            }
        }
        for (StandardProfile p : StandardProfile.values()) {
            ColorConverter cc = new ColorConverter(parsed(p));
            PlanarImage exact = cc.toSrgb(img);
            byte[] screen = new byte[64 * 4 * 3];
            cc.toScreen(img, 0, 0, 64, 4, screen, 64 * 3);
            for (int i = 0; i < 256; i++) {
                for (int c = 0; c < 3; c++) {
                    int want = (int) Math.round(255 * Math.max(0, Math.min(1, exact.plane(c)[i])));
                    assertTrue(Math.abs(want - (screen[i * 3 + c] & 0xff)) <= 1, p + " pixel " + i + " channel " + c);
                }
            }
        }
    }

    @Test
    void corruptOrForeignProfilesAreRefusedInOneSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IccProfiles.parse(new byte[200]));
        assertTrue(e.getMessage().contains("not an ICC profile"), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(StandardProfile.DISPLAY_P3.iccBytes(), 300);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IccProfiles.parse(truncated)).getMessage().contains("outside the profile"));
    }

    @Test
    void writtenProfilesCarryTheirName() {
        assertEquals("Display P3", parsed(StandardProfile.DISPLAY_P3).name());
        assertArrayEquals(StandardProfile.ADOBE_RGB.iccBytes(), StandardProfile.ADOBE_RGB.iccBytes(), "deterministic bytes");
    }

    private static void assertMatrix(double[] expected, double[] actual) {
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], actual[i], 1.5e-3, "element " + i);
        }
    }
}
