package io.latentretouch.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every timestep, sigma and initial noise scale of GENERATION-NOTES.md for the SD 1.5 schedule (diffusers' own
 * numbers, float32): timesteps exact, sigmas to 1e-5 relative, and one step of DDIM, Euler and DPM++ 2M Karras.
 */
class SchedulerReferenceTest {

    private static final String LEADING = "{\"timestep_spacing\": \"leading\"}";

    @TempDir
    Path dir;

    @Test
    void leadingWithOffsetOne() throws Exception {
        Scheduler ddim = create(Sampler.DDIM, LEADING, 20);
        float[] expected = new float[20];
        for (int i = 0; i < 20; i++) {
            expected[i] = 951 - 50 * i;
        }
        assertArrayEquals(expected, ddim.timesteps());
        assertEquals(1f, ddim.initNoiseSigma());

        Scheduler euler = create(Sampler.EULER, LEADING, 20);
        assertArrayEquals(expected, euler.timesteps());
        assertClose(11.028342, sigma(euler, 0));
        assertClose(11.073587, euler.initNoiseSigma());
    }

    @Test
    void eulerLinspaceKeepsFractionalTimesteps() throws Exception {
        Scheduler euler = create(Sampler.EULER, "{}", 20);
        float[] t = euler.timesteps();
        assertEquals(20, t.length);
        assertEquals(999.0f, t[0]);
        assertEquals(946.4211f, t[1]);
        assertEquals(893.8421f, t[2]);
        assertEquals(52.57895f, t[18]);
        assertEquals(0.0f, t[19]);
        assertClose(14.614655, sigma(euler, 0));
        assertClose(10.746857, sigma(euler, 1));
        assertClose(8.081541, sigma(euler, 2));
        assertClose(14.614655, euler.initNoiseSigma());
    }

    @Test
    void dpmSolverOnKarrasSigmas() throws Exception {
        Scheduler dpm = create(Sampler.DPM_PP_2M_KARRAS, "{}", 20);
        assertArrayEquals(new float[] {999, 962, 921, 876, 827, 772, 710, 640, 561, 474, 380, 285, 197, 123, 69, 35,
            15, 6, 2, 0}, dpm.timesteps());
        assertEquals(1f, dpm.initNoiseSigma());
    }

    @Test
    void lcmFourSteps() throws Exception {
        Scheduler lcm = create(Sampler.LCM, "{\"original_inference_steps\": 50}", 4);
        assertArrayEquals(new float[] {999, 759, 499, 259}, lcm.timesteps());
    }

    @Test
    void trailingOneStepAsTheTurboModelsUse() throws Exception {
        Scheduler turbo = create(Sampler.EULER_ANCESTRAL, "{\"timestep_spacing\": \"trailing\"}", 1);
        assertArrayEquals(new float[] {999}, turbo.timesteps());
        assertClose(14.614655, turbo.initNoiseSigma());
    }

    @Test
    void imageToImageAtThreeQuartersStartsAt701AndRuns15Steps() throws Exception {
        StepPlan plan = StepPlan.of(20, 0.75, 1);
        assertEquals(15, plan.run());
        Scheduler ddim = create(Sampler.DDIM, LEADING, plan.steps());
        assertEquals(701f, ddim.timesteps()[plan.start()]);
    }

    @Test
    void oneDdimStep() throws Exception {
        Scheduler ddim = create(Sampler.DDIM, LEADING, 20);
        float[] next = ddim.step(new float[] {0}, 0, new float[] {1}, null);
        assertClose(1.3104725, next[0]);
    }

    @Test
    void oneEulerStep() throws Exception {
        Scheduler euler = create(Sampler.EULER, LEADING, 20);
        assertClose(-2.6376495, euler.step(new float[] {1}, 0, new float[] {0}, null)[0]);
    }

    @Test
    void oneDpmSolverStep() throws Exception {
        Scheduler dpm = create(Sampler.DPM_PP_2M_KARRAS, "{}", 20);
        assertClose(1.2448077, dpm.step(new float[] {0}, 0, new float[] {1}, null)[0]);
    }

    private Scheduler create(Sampler sampler, String overrides, int steps) throws Exception {
        return Schedulers.create(sampler, Configs.sd15(dir, overrides), steps);
    }

    /** σ at a step of a sampler on x0 + σε latents, from the UNet input scaling 1/√(σ²+1). */
    private static double sigma(Scheduler scheduler, int step) {
        double scale = scheduler.scaleModelInput(new float[] {1}, step)[0];
        return Math.sqrt(1 / (scale * scale) - 1);
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-5, () -> Arrays.toString(new double[] {expected,
            actual}));
    }
}
