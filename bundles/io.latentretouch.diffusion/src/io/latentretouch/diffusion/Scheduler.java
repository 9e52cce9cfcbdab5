package io.latentretouch.diffusion;

/**
 * One run's schedule and step rule. Latents are flat NCHW arrays; every method returns a new array and leaves its
 * arguments alone. Multistep samplers remember the previous step, so an instance serves one generation, its steps
 * called in order from any start step, on one thread.
 */
public interface Scheduler {

    /** The UNet's timestep at each step, first to last; whole numbers except for Euler's linspace spacing. */
    float[] timesteps();

    /** What unit Gaussian noise is multiplied by to make the first latents of a text-to-image run. */
    float initNoiseSigma();

    /** The UNet's {@code sample} input for step {@code step}: the latents scaled as this sampler needs. */
    float[] scaleModelInput(float[] sample, int step);

    /**
     * The latents after step {@code step}, from the UNet's (guided) output there.
     *
     * @param noise fresh noise for the samplers that add some at each step (Euler a, LCM); unused by the others
     */
    float[] step(float[] modelOutput, int step, float[] sample, Noise noise);

    /** {@code original} noised to the level at which step {@code step} begins: an image-to-image start, an inpaint. */
    float[] addNoise(float[] original, float[] noise, int step);
}
