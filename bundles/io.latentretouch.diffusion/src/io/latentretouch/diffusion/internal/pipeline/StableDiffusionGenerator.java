package io.latentretouch.diffusion.internal.pipeline;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generator;
import io.latentretouch.diffusion.Noise;
import io.latentretouch.diffusion.Scheduler;
import io.latentretouch.diffusion.Schedulers;
import io.latentretouch.diffusion.StepPlan;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;

/**
 * Text to image, image to image, inpainting and relighting on a diffusers ONNX model: the prompts encoded once, the latents started from
 * seeded noise (or the encoded image noised to the plan's first step), denoised step by step with guidance, decoded.
 * The seed's generator draws the start noise first and then each step's noise, so a seed fixes every draw.
 */
public final class StableDiffusionGenerator implements Generator {

    /** Fewest steps an image-to-image run takes, however light the strength. */
    static final int MINIMUM_STEPS = 4;

    private final DiffusionModel model;
    private final InferenceService service;

    public StableDiffusionGenerator(DiffusionModel model, InferenceService service) {
        this.model = model;
        this.service = service;
    }

    @Override
    public int conditions() throws DiffusionException, InferenceException {
        int channels = Unet.load(service, model.unet()).channels();
        return switch (channels) {
            case 4, 9 -> 0;
            case 8, 12 -> channels / Vae.CHANNELS - 1;
            default -> throw new DiffusionException(Code.UNSUPPORTED, "UNet '" + model.unet().id() + "' takes " + channels
                    + " channels, a layout we do not run (4: plain, 9: inpainting, 8 or 12: IC-Light)");
        };
    }

    @Override
    public PlanarImage generate(Generation request, GenerationMonitor monitor)
            throws DiffusionException, InferenceException {
        int w = latentSize(request.width(), "width");
        int h = latentSize(request.height(), "height");
        StepPlan plan = request.init() == null ? StepPlan.full(request.steps())
                : StepPlan.of(request.steps(), request.strength(), Math.min(MINIMUM_STEPS, request.steps()));
        Scheduler scheduler = Schedulers.create(request.sampler(), model.scheduler(), plan.steps());
        Vae vae = new Vae(service, model.vaeDecoder(), model.vaeEncoder(), model.scalingFactor());
        Unet unet = Unet.load(service, model.unet());
        Context context = Prompts.context(service, model, request, request.guidance() > 1 && !unet.guidesByEmbedding());
        Inpaint inpaint = request.mask() == null ? null
                : Inpaint.prepare(vae, init(request), request.mask(), h, w, unet.channels());
        float[] extra = inpaint != null ? inpaint.extra() : Conditions.latents(request, vae, unet.channels());
        Noise noise = Noise.seeded(request.seed());
        float[] z = noise.next(Vae.CHANNELS * h * w);
        float[] latents = start(request, scheduler, plan, vae, z);
        long[] shape = {unet.channels(), h, w};
        float[] timesteps = scheduler.timesteps();
        for (int step = plan.start(); step < plan.steps(); step++) {
            if (monitor.isCancelled()) {
                throw new DiffusionException(Code.CANCELLED, "Generation cancelled at step " + (step - plan.start())
                        + " of " + plan.run());
            }
            float[] input = scheduler.scaleModelInput(latents, step);
            float[] sample = extra.length == 0 ? input : Conditions.concat(input, extra);
            float[] prediction = unet.predict(sample, shape, timesteps[step], context, request.guidance(),
                    request.guidanceRescale());
            latents = scheduler.step(prediction, step, latents, noise);
            if (inpaint != null) {
                latents = inpaint.keep(latents, scheduler, z, step, plan.steps());
            }
            int done = step - plan.start() + 1;
            monitor.stepped(done, plan.run());
            if (monitor.previewEvery() > 0 && done % monitor.previewEvery() == 0 && done < plan.run()) {
                monitor.preview(LatentPreview.of(latents, h, w));
            }
        }
        return vae.decode(latents, h, w);
    }

    /**
     * The first latents: noise at the scheduler's scale for text to image and for regenerating a masked area from
     * scratch, the encoded start image noised to the plan's first step otherwise.
     */
    private static float[] start(Generation request, Scheduler scheduler, StepPlan plan, Vae vae, float[] z)
            throws InferenceException, DiffusionException {
        boolean fromScratch = request.init() == null || request.mask() != null && request.strength() >= 1;
        if (fromScratch) {
            float[] latents = z.clone();
            float sigma = scheduler.initNoiseSigma();
            for (int i = 0; i < latents.length; i++) {
                latents[i] *= sigma;
            }
            return latents;
        }
        return scheduler.addNoise(vae.encode(init(request)), z, plan.start());
    }

    /** The start image, checked against the request's size. */
    private static PlanarImage init(Generation request) throws DiffusionException {
        PlanarImage init = request.init();
        if (init == null) {
            throw new DiffusionException(Code.UNSUPPORTED, "A mask was given without a start image to apply it to");
        }
        if (init.width() != request.width() || init.height() != request.height()) {
            throw new DiffusionException(Code.UNSUPPORTED, "The start image is " + init.width() + "×" + init.height()
                    + ", the generation " + request.width() + "×" + request.height() + ": resize it first");
        }
        return init;
    }

    private static int latentSize(int pixels, String what) throws DiffusionException {
        if (pixels <= 0 || pixels % Vae.FACTOR != 0) {
            throw new DiffusionException(Code.UNSUPPORTED, "The " + what + " is " + pixels
                    + " pixels, expected a positive multiple of " + Vae.FACTOR);
        }
        return pixels / Vae.FACTOR;
    }
}
