package io.latentretouch.retouch;

import java.util.List;
import java.util.Set;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;

/**
 * Regenerates a painted or imported region of an image, as the Remove tool and Content-Aware Fill do: a few
 * candidates, each filled with another seed, every pixel outside the blend region the input's, bit for bit. A
 * service; thread-safe. Call it off the UI thread; it checks the monitor between candidates and crops and throws
 * {@code CANCELLED} when asked to stop.
 */
public interface RegionFill {

    /** The fill that runs unless the user picks one: the first of {@link #engines()}. */
    String DEFAULT_ENGINE = "";

    /** The inpainting models that can fill: installed ones (LaMa, MI-GAN) before the embedded default. */
    List<ModelDescriptor> engines();

    /**
     * Fills the region with {@code candidates} candidates, seeds {@code seed}, {@code seed + 1}, …
     *
     * @param region 1 where pixels are regenerated, at the image's size; used as stored beside a variant, in 8 bits
     * @param engine a model id of {@link #engines()}, or {@link #DEFAULT_ENGINE}
     * @param options the context around the region, the blend edge's softness, colour matching
     * @return one result per candidate, each with its edit (the mask's hash, the engine, the seed) and model
     * @throws InferenceException {@code BAD_INPUT} saying why when the region is empty, covers the whole image or is
     *                            not the image's size; {@code MODEL_NOT_FOUND} for an unknown engine; {@code CANCELLED};
     *                            any failure of the model run
     */
    List<Retouched> fill(PlanarImage image, Mask region, String engine, FillOptions options, int candidates, long seed, RunMonitor monitor)
            throws InferenceException;

    /** The installed face-parsing models (BiSeNet), whose parts {@link #part} masks; empty when none is installed. */
    List<ModelDescriptor> parsers();

    /**
     * Some parts of the portrait (hair, clothes, background…) as a soft mask at the image's size, by the first of
     * {@link #parsers()}.
     *
     * @throws InferenceException {@code MODEL_NOT_FOUND} saying what to install when no face-parsing model is;
     *                            {@code CANCELLED}; any failure of the model run
     */
    Mask part(PlanarImage image, Set<FacePart> parts, RunMonitor monitor) throws InferenceException;

    /**
     * Flyaway hair around these faces: thin strands that stand out of the hair mass against the backdrop, as a mask to
     * review and fill. The hair mass is the installed face-parsing model's head (hair, face, hat) where there is one,
     * else found from colour and the faces' positions. Empty without faces.
     *
     * @param strength 0 (none) … 1 (strands as far as a face height from the hair mass)
     * @throws InferenceException {@code CANCELLED}, or any failure of the face-parsing model's run
     */
    Mask flyaways(PlanarImage image, List<Face> faces, double strength, RunMonitor monitor) throws InferenceException;
}
