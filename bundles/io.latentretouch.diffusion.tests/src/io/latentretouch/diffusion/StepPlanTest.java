package io.latentretouch.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepPlanTest {

    @Test
    void strengthTruncatesAsDiffusersDoes() {
        assertEquals(new StepPlan(20, 5), StepPlan.of(20, 0.75, 1));
        assertEquals(new StepPlan(20, 0), StepPlan.of(20, 1.0, 1));
        // 100 × 0.29 is 28.999…: 28 steps run
        assertEquals(28, StepPlan.of(100, 0.29, 1).run());
    }

    @Test
    void aLightTouchStillRunsTheMinimumAtTheSameNoiseLevel() {
        StepPlan plan = StepPlan.of(20, 0.1, 4);
        assertEquals(4, plan.run());
        assertEquals(40, plan.steps(), "the schedule is lengthened, so step 36 of 40 starts at strength 0.1");
        assertEquals(20 - 15, StepPlan.of(20, 0.75, 4).start(), "enough steps already: unchanged");
    }

    @Test
    void strengthOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StepPlan.of(20, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> StepPlan.of(20, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> StepPlan.of(0, 0.5, 1));
    }
}
