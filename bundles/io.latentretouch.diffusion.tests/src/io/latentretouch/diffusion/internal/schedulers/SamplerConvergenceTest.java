package io.latentretouch.diffusion.internal.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.Noise;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.SchedulerConfig.Prediction;
import io.latentretouch.diffusion.Schedulers;

/** The samplers on data whose exact denoiser and exact ODE solution are known. */
class SamplerConvergenceTest {

    private static final int N = 4096;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Prediction.class)
    void withAKnownImageEverySamplerEndsOnIt(Prediction prediction) throws Exception {
        SchedulerConfig config = config("{\"prediction_type\": \"" + prediction.name().toLowerCase() + "\"}");
        for (Sampler sampler : Sampler.values()) {
            int steps = sampler == Sampler.LCM ? 4 : 12;
            GaussianData data = new GaussianData(0.3, 1e-4, prediction, sampler, config);
            float[] end = data.sample(Schedulers.create(sampler, config, steps), Noise.seeded(1).next(64),
                    Noise.seeded(2));
            for (float v : end) {
                assertEquals(0.3, v, 2e-3, sampler + " with " + prediction);
            }
        }
    }

    @Test
    void ddimIsEulerInOtherCoordinates() throws Exception {
        SchedulerConfig config = config("{\"timestep_spacing\": \"leading\"}");
        float[] noise = Noise.seeded(7).next(256);
        GaussianData data = new GaussianData(0.3, 0.5, Prediction.EPSILON, Sampler.DDIM, config);
        Scheduler ddim = Schedulers.create(Sampler.DDIM, config, 10);
        Scheduler euler = Schedulers.create(Sampler.EULER, config, 10);
        // the same start in each one's coordinates: DDIM's latents are Euler's divided by √(σ²+1)
        float[] ddimStart = euler.scaleModelInput(scaled(noise, euler.initNoiseSigma()), 0);
        float[] a = data.sample(ddim, scaled(ddimStart, 1 / ddim.initNoiseSigma()), null);
        float[] b = data.sample(euler, noise, null);
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-4, "latent " + i);
        }
    }

    @Test
    void eulerIsFirstOrderAndDpmSolverSecondOrderOnTheSameSigmas() throws Exception {
        SchedulerConfig config = config("{\"use_karras_sigmas\": true}");
        double euler10 = odeError(Sampler.EULER, config, 10);
        double euler20 = odeError(Sampler.EULER, config, 20);
        double dpm10 = odeError(Sampler.DPM_PP_2M_KARRAS, config, 10);
        double dpm20 = odeError(Sampler.DPM_PP_2M_KARRAS, config, 20);
        String errors = "Euler " + euler10 + ", " + euler20 + "; DPM++ 2M " + dpm10 + ", " + dpm20;
        // twice the steps: a first-order error halves, a second-order one falls by four or more
        assertEquals(2, euler10 / euler20, 0.4, errors);
        assertTrue(dpm10 / dpm20 > 3.5, errors);
        assertTrue(dpm20 < euler20 / 4, errors);
    }

    @Test
    void eulerAncestralDrawsFromTheDataDistribution() throws Exception {
        SchedulerConfig config = config("{}");
        double[] at30 = moments(config, 30);
        double[] at100 = moments(config, 100);
        assertEquals(0.3, at30[0], 0.03);
        assertEquals(0.3, at100[0], 0.03);
        // the deviation's first-order shortfall shrinks with the steps
        assertEquals(0.5, at100[1], 0.03);
        assertTrue(0.5 - at100[1] < (0.5 - at30[1]) / 2, at30[1] + " at 30 steps, " + at100[1] + " at 100");
        // from the same noise Euler follows the ODE; the ancestral sampler must have left it
        GaussianData data = new GaussianData(0.3, 0.5, Prediction.EPSILON, Sampler.EULER, config);
        float[] ode = data.sample(Schedulers.create(Sampler.EULER, config, 30), Noise.seeded(3).next(N), null);
        float[] sde = data.sample(Schedulers.create(Sampler.EULER_ANCESTRAL, config, 30), Noise.seeded(3).next(N),
                Noise.seeded(4));
        assertTrue(Math.abs(ode[0] - sde[0]) > 1e-3, "the ancestral sampler added no noise");
    }

    /** The largest distance of a sampler's end from the exact ODE solution, over 256 latents. */
    private static double odeError(Sampler sampler, SchedulerConfig config, int steps) throws Exception {
        GaussianData data = new GaussianData(0.3, 0.5, Prediction.EPSILON, sampler, config);
        Scheduler scheduler = Schedulers.create(sampler, config, steps);
        float[] noise = Noise.seeded(7).next(256);
        float[] end = data.sample(scheduler, noise, null);
        double[] exact = data.exact(scheduler, noise);
        double worst = 0;
        for (int i = 0; i < end.length; i++) {
            worst = Math.max(worst, Math.abs(end[i] - exact[i]));
        }
        return worst;
    }

    /** Mean and deviation of Euler a's samples. */
    private static double[] moments(SchedulerConfig config, int steps) throws Exception {
        GaussianData data = new GaussianData(0.3, 0.5, Prediction.EPSILON, Sampler.EULER_ANCESTRAL, config);
        float[] end = data.sample(Schedulers.create(Sampler.EULER_ANCESTRAL, config, steps), Noise.seeded(3).next(N),
                Noise.seeded(4));
        double sum = 0;
        double squares = 0;
        for (float v : end) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / N;
        return new double[] {mean, Math.sqrt(squares / N - mean * mean)};
    }

    private static float[] scaled(float[] x, double factor) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) (x[i] * factor);
        }
        return out;
    }

    private SchedulerConfig config(String overrides) throws Exception {
        // ending at ᾱ = 1, as the exact solution at σ = 0 does
        return Configs.sd15(dir, overrides.replaceFirst("\\{", "{\"set_alpha_to_one\": true, ").replace(", }", "}"));
    }
}
