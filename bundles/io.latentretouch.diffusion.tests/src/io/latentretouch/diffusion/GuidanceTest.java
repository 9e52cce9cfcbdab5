package io.latentretouch.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GuidanceTest {

    @Test
    void classifierFreeGuidanceExtrapolatesFromTheUnconditionalPrediction() {
        float[] guided = Guidance.combine(new float[] {1, -2, 0}, new float[] {2, 0, 0.5f}, 7.5f);
        assertArrayEquals(new float[] {1 + 7.5f, -2 + 15f, 3.75f}, guided, 1e-6f);
    }

    @Test
    void rescaleBringsTheSpreadBackTowardsTheConditionalOne() {
        float[] conditional = {1, -1, 1, -1};
        float[] guided = {4, -4, 4, -4};
        assertArrayEquals(new float[] {1, -1, 1, -1}, Guidance.rescale(guided, conditional, 1f), 1e-6f);
        // φ = 0.7: 0.7 × 1 + 0.3 × 4
        assertEquals(1.9f, Guidance.rescale(guided, conditional, 0.7f)[0], 1e-6f);
        assertArrayEquals(new float[] {0, 0}, Guidance.rescale(new float[] {0, 0}, new float[] {1, -1}, 0.7f));
    }

    @Test
    void theLcmGuidanceEmbeddingIsSinesThenCosines() {
        float[] e = Guidance.embedding(8.5f, 256);
        assertEquals(256, e.length);
        double w = 7.5 * 1000;
        assertEquals(Math.sin(w), e[0], 1e-6);
        assertEquals(Math.cos(w), e[128], 1e-6);
        // the last frequency is 1/10000
        assertEquals(Math.sin(w / 10000), e[127], 1e-6);
        assertEquals(0f, Guidance.embedding(8.5f, 257)[256]);
    }
}
