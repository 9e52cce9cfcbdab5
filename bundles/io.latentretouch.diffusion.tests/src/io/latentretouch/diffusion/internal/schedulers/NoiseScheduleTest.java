package io.latentretouch.diffusion.internal.schedulers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.diffusion.Configs;
import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.Sampler;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.Schedulers;

class NoiseScheduleTest {

    @TempDir
    Path dir;

    @Test
    void theStableDiffusionScheduleInSinglePrecision() throws Exception {
        NoiseSchedule s = schedule("{}");
        assertEquals(1000, s.length());
        assertEquals(0.0046600895f, s.alphaCumprod(999), 1e-10);
        float[] sigmas = s.sigmas();
        assertEquals(0.029167533, sigmas[0], 0.029167533 * 1e-5);
        assertEquals(14.6146555, sigmas[999], 14.6146555 * 1e-5);
    }

    @Test
    void aZeroTerminalSnrScheduleEndsInPureNoiseWithAFiniteSigma() throws Exception {
        NoiseSchedule plain = schedule("{}");
        NoiseSchedule zero = schedule("{\"rescale_betas_zero_snr\": true}");
        assertEquals(0f, zero.alphaCumprod(999), 1e-12);
        assertEquals(plain.alphaCumprod(0), zero.alphaCumprod(0), 1e-6);
        float last = zero.sigmas()[999];
        assertTrue(Float.isFinite(last) && last > 1000, "σ at the end " + last);
    }

    @Test
    void theOtherBetaSchedulesAndTrainedBetas() throws Exception {
        NoiseSchedule linear = schedule("{\"beta_schedule\": \"linear\", \"beta_start\": 0.0001, \"beta_end\": 0.02}");
        assertEquals(1 - 0.0001f, linear.alphaCumprod(0), 1e-7);
        NoiseSchedule cosine = schedule("{\"beta_schedule\": \"squaredcos_cap_v2\"}");
        // ᾱ(t) = cos²((t/T + 0.008)/1.008 · π/2) / ᾱ(0) at t = 500
        double c = Math.cos((0.501 + 0.008) / 1.008 * Math.PI / 2) / Math.cos(0.008 / 1.008 * Math.PI / 2);
        assertEquals(c * c, cosine.alphaCumprod(500), 1e-4);
        NoiseSchedule trained = schedule("{\"num_train_timesteps\": 3, \"trained_betas\": [0.1, 0.2, 0.5]}");
        assertEquals(0.9f * 0.8f * 0.5f, trained.alphaCumprod(2), 1e-7);
    }

    @Test
    void schedulesThatCannotBeAreRefused() throws Exception {
        assertEquals(Code.INVALID, refused("{\"num_train_timesteps\": 4, \"trained_betas\": [0.1, 0.2, 0.5]}"));
        assertEquals(Code.INVALID, refused("{\"beta_schedule\": \"linear\", \"beta_end\": 1.5}"));
        assertEquals(Code.UNSUPPORTED, assertThrows(DiffusionException.class,
                () -> Schedulers.create(Sampler.DDIM, config("{}"), 1001)).code());
        assertEquals(Code.UNSUPPORTED, assertThrows(DiffusionException.class,
                () -> Schedulers.create(Sampler.LCM, config("{}"), 51)).code());
    }

    private Code refused(String overrides) {
        return assertThrows(DiffusionException.class, () -> Schedulers.create(Sampler.DDIM, config(overrides), 10))
                .code();
    }

    private NoiseSchedule schedule(String overrides) throws Exception {
        return NoiseSchedule.of(Params.resolve(Sampler.DDIM, config(overrides)));
    }

    private SchedulerConfig config(String overrides) throws Exception {
        return Configs.sd15(dir, overrides);
    }
}
