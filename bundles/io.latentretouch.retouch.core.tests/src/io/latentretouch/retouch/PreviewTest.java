package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.inference.RunMonitor;

/** The live preview shows what the model computes. */
class PreviewTest {

    @Test
    void atFullScaleThePreviewIsWhatApplyComputes() throws Exception {
        SkinSample s = Samples.portrait(0, 8);
        SkinMap map = Samples.map(s.image());
        ImperfectionPreview preview = Samples.retoucher().preview(s.image(), map.skin(), map.faces(), 5, RunMonitor.NONE);
        assertEquals(0, Samples.maxDifference(preview.render(3f), s.image()), "neutral is the image itself");
        for (float level : new float[] {2.5f, 3.5f, 4.25f, 5f}) {
            PlanarImage model = Samples.at(s.image(), map, level, 5);
            double diff = meanDifference(preview.render(level), model);
            assertTrue(diff < 1e-4, "level " + level + ": preview and model differ by " + diff + " on average");
        }
    }

    private static double meanDifference(PlanarImage a, PlanarImage b) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < a.plane(c).length; i++) {
                sum += Math.abs(a.plane(c)[i] - b.plane(c)[i]);
            }
        }
        return sum / (3.0 * a.plane(0).length);
    }
}
