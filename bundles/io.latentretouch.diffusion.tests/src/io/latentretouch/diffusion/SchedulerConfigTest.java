package io.latentretouch.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.SchedulerConfig.BetaSchedule;
import io.latentretouch.diffusion.SchedulerConfig.Spacing;

class SchedulerConfigTest {

    @TempDir
    Path dir;

    @Test
    void readsTheKeysAndLeavesAbsentOnesToTheSampler() throws Exception {
        SchedulerConfig c = Configs.sd15(dir, "{}");
        assertEquals("PNDMScheduler", c.className());
        assertEquals(1000, c.trainSteps());
        assertEquals(BetaSchedule.SCALED_LINEAR, c.betaSchedule());
        assertEquals(1, c.stepsOffset());
        assertEquals(Boolean.FALSE, c.setAlphaToOne());
        assertNull(c.trainedBetas(), "trained_betas: null is as good as absent");
        assertNull(c.spacing());
        assertNull(c.prediction());
        assertEquals(Spacing.TRAILING, Configs.sd15(dir, "{\"timestep_spacing\": \"trailing\"}").spacing());
    }

    @Test
    void theShippedSchedulerNamesTheDefaultSampler() throws Exception {
        assertEquals(Sampler.EULER, Sampler.of(Configs.sd15(dir, "{}"), Sampler.EULER), "PNDM is not ours");
        assertEquals(Sampler.EULER_ANCESTRAL, Sampler.of(
                Configs.sd15(dir, "{\"_class_name\": \"EulerAncestralDiscreteScheduler\"}"), Sampler.DDIM));
        assertEquals(Sampler.DPM_PP_2M_KARRAS, Sampler.of(Configs.sd15(dir,
                "{\"_class_name\": \"DPMSolverMultistepScheduler\", \"use_karras_sigmas\": true}"), Sampler.DDIM));
        assertEquals(Sampler.LCM, Sampler.of(Configs.sd15(dir, "{\"_class_name\": \"LCMScheduler\"}"), Sampler.DDIM));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFileTheKeyAndWhatIsValid() {
        DiffusionException e = assertThrows(DiffusionException.class,
                () -> Configs.sd15(dir, "{\"steps_offset\": \"one\"}"));
        assertEquals(Code.INVALID, e.code());
        assertTrue(e.getMessage().contains("scheduler_config.json: steps_offset is \"one\", expected a number"),
                e.getMessage());
        DiffusionException fraction = assertThrows(DiffusionException.class,
                () -> Configs.sd15(dir, "{\"num_train_timesteps\": 999.5}"));
        assertTrue(fraction.getMessage().contains("expected a whole number"), fraction.getMessage());
        DiffusionException choice = assertThrows(DiffusionException.class,
                () -> Configs.sd15(dir, "{\"timestep_spacing\": \"sideways\"}"));
        assertTrue(choice.getMessage().contains("expected one of [leading, trailing, linspace]"),
                choice.getMessage());
    }

    @Test
    void aMissingOrBrokenFileIsUnreadable() throws Exception {
        Path file = dir.resolve("scheduler_config.json");
        assertEquals(Code.UNREADABLE, assertThrows(DiffusionException.class, () -> SchedulerConfig.read(file)).code());
        Files.writeString(file, "[1, 2]");
        assertEquals(Code.UNREADABLE, assertThrows(DiffusionException.class, () -> SchedulerConfig.read(file)).code());
        Files.writeString(file, "{\"beta_start\": ");
        assertEquals(Code.UNREADABLE, assertThrows(DiffusionException.class, () -> SchedulerConfig.read(file)).code());
    }
}
