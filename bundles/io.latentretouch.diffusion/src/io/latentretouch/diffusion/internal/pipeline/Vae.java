package io.latentretouch.diffusion.internal.pipeline;

import java.util.Map;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;

/**
 * The VAE: latents (scaled by the model's scaling factor) to RGB in [0, 1] and back; the encoder's output may hold
 * the mean and the log-variance (8 channels, as Optimum exports it), of which the mean is taken.
 */
final class Vae {

    static final int FACTOR = 8;
    static final int CHANNELS = 4;

    private final InferenceService service;
    private final ModelDescriptor decoder;
    private final ModelDescriptor encoder;
    private final float scaling;

    Vae(InferenceService service, ModelDescriptor decoder, ModelDescriptor encoder, float scaling) {
        this.service = service;
        this.decoder = decoder;
        this.encoder = encoder;
        this.scaling = scaling;
    }

    PlanarImage decode(float[] latents, int h, int w) throws InferenceException {
        Contract contract = service.load(decoder);
        String input = contract.inputs().get(0).name();
        float[] scaled = new float[latents.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = latents[i] / scaling;
        }
        Map<String, Tensor> out = service.run(decoder, Map.of(input, Tensor.ofFloats(scaled, 1, CHANNELS, h, w)),
                RunMonitor.NONE);
        float[] rgb = Inputs.floats(out.get(Inputs.firstOutput(contract)));
        int pixels = h * w * FACTOR * FACTOR;
        PlanarImage image = PlanarImage.create(w * FACTOR, h * FACTOR, 3);
        for (int c = 0; c < 3; c++) {
            float[] plane = image.plane(c);
            for (int i = 0; i < pixels; i++) {
                plane[i] = Math.clamp((rgb[c * pixels + i] + 1) / 2, 0f, 1f);
            }
        }
        return image;
    }

    /** The image's latents, {@code [4, h, w]} flat. @throws DiffusionException when the model has no encoder */
    float[] encode(PlanarImage image) throws InferenceException, DiffusionException {
        if (encoder == null) {
            throw new DiffusionException(Code.UNSUPPORTED, "This model has no VAE encoder: it generates from text only");
        }
        Contract contract = service.load(encoder);
        int pixels = image.width() * image.height();
        float[] in = new float[3 * pixels];
        for (int c = 0; c < 3; c++) {
            float[] plane = image.plane(Math.min(c, image.channels() - 1));
            for (int i = 0; i < pixels; i++) {
                in[c * pixels + i] = plane[i] * 2 - 1;
            }
        }
        Map<String, Tensor> out = service.run(encoder, Map.of(contract.inputs().get(0).name(),
                Tensor.ofFloats(in, 1, 3, image.height(), image.width())), RunMonitor.NONE);
        float[] moments = Inputs.floats(out.get(Inputs.firstOutput(contract)));
        int latentPixels = pixels / (FACTOR * FACTOR);
        float[] latents = new float[CHANNELS * latentPixels];
        for (int i = 0; i < latents.length; i++) {
            latents[i] = moments[i] * scaling;
        }
        return latents;
    }
}
